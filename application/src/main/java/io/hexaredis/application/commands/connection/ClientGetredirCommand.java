package io.hexaredis.application.commands.connection;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * CLIENT GETREDIR
 *
 * <p>Redis: clientCommand() in networking.c. The client that receives this connection's
 * client-side caching invalidations, -1 when tracking is off. This server has no server-assisted
 * client-side caching (CLIENT TRACKING is unknown), so tracking is always off.
 */
final class ClientGetredirCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("client|getredir", 2, CommandFlag.NOSCRIPT,
                    CommandFlag.LOADING, CommandFlag.STALE)
            .group(CommandGroup.CONNECTION).since("6.0.0")
            .summary("Get tracking notifications redirection client ID if any");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return Reply.integer(-1);
    }
}
