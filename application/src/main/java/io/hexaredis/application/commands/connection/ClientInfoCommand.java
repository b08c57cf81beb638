package io.hexaredis.application.commands.connection;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * CLIENT INFO
 *
 * <p>Redis: clientCommand() in networking.c. The CLIENT LIST line of this connection, newline
 * included; a verbatim string in RESP3.
 */
final class ClientInfoCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("client|info", 2, CommandFlag.NOSCRIPT, CommandFlag.LOADING, CommandFlag.STALE)
            .group(CommandGroup.CONNECTION).syntax("").since("6.2.0")
            .complexity("O(1)")
            .summary("Returns information about the current client connection.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return ClientListCommand.text(ClientListCommand.line(call, call.session()) + "\n");
    }
}
