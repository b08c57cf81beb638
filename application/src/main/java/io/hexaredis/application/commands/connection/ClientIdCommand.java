package io.hexaredis.application.commands.connection;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * CLIENT ID
 *
 * <p>Redis: clientCommand() in networking.c. The connection's id: unique for the server's lifetime,
 * never reused, growing with each connection (CLIENT KILL ID takes it).
 */
final class ClientIdCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("client|id", 2, CommandFlag.NOSCRIPT, CommandFlag.LOADING, CommandFlag.STALE)
            .group(CommandGroup.CONNECTION).syntax("").since("5.0.0")
            .complexity("O(1)")
            .summary("Returns the client ID for the current connection");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return Reply.integer(call.session().id());
    }
}
