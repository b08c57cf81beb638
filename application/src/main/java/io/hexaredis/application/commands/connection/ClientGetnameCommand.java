package io.hexaredis.application.commands.connection;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * CLIENT GETNAME
 *
 * <p>Redis: clientCommand() in networking.c. The name given with CLIENT SETNAME or HELLO SETNAME, or
 * nil.
 */
final class ClientGetnameCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("client|getname", 2, CommandFlag.NOSCRIPT, CommandFlag.LOADING, CommandFlag.STALE)
            .group(CommandGroup.CONNECTION).syntax("").since("2.6.9")
            .complexity("O(1)")
            .summary("Get the current connection name");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return call.session().name() == null ? Reply.NIL : Reply.bulk(call.session().name().bytes());
    }
}
