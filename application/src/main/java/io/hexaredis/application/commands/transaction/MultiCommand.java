package io.hexaredis.application.commands.transaction;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.application.server.MultiState;

/**
 * MULTI
 *
 * <p>Redis: multiCommand() in multi.c. Starts queueing: until EXEC or DISCARD, the dispatcher
 * answers QUEUED to each command instead of running it.
 */
final class MultiCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("multi", 1, CommandFlag.NOSCRIPT, CommandFlag.LOADING,
            CommandFlag.STALE, CommandFlag.FAST, CommandFlag.ALLOW_BUSY)
            .group(CommandGroup.TRANSACTIONS).since("1.2.0").summary("Starts a transaction.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        if (call.session().inMulti()) {
            return Reply.error("ERR MULTI calls can not be nested");
        }
        call.session().setMulti(new MultiState());
        return Reply.OK;
    }
}
