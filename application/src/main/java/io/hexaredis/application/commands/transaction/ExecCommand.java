package io.hexaredis.application.commands.transaction;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * EXEC
 *
 * <p>Redis: execCommand() in multi.c. Answers the replies of the queued commands as one array; a
 * null array when a WATCHed key changed; EXECABORT when a command could not be queued. See
 * {@code CommandDispatcher.execTransaction} for how the commands run and propagate.
 */
final class ExecCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("exec", 1, CommandFlag.NOSCRIPT, CommandFlag.LOADING,
            CommandFlag.STALE, CommandFlag.SKIP_SLOWLOG)
            .group(CommandGroup.TRANSACTIONS).since("1.2.0").complexity("Depends on commands in the transaction")
            .summary("Executes all commands in a transaction.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return call.dispatcher().execTransaction(call);
    }
}
