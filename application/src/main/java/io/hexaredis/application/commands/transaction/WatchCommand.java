package io.hexaredis.application.commands.transaction;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * WATCH key [key ...]
 *
 * <p>Redis: watchCommand() in multi.c. The next EXEC of this client fails (null array) if any of
 * these keys is written, deleted, expires, or its database is flushed or swapped, before it.
 */
final class WatchCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("watch", -2, CommandFlag.NOSCRIPT, CommandFlag.LOADING,
            CommandFlag.STALE, CommandFlag.FAST, CommandFlag.ALLOW_BUSY)
            .keys(1, -1, 1).group(CommandGroup.TRANSACTIONS).since("2.2.0").syntax("key [key ...]")
            .complexity("O(1) for every key.")
            .summary("Monitors changes to keys to determine the execution of a transaction.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        if (call.session().inMulti()) {
            return Reply.error("ERR WATCH inside MULTI is not allowed");
        }
        for (int i = 1; i < call.argc(); i++) {
            call.server().watchedKeys().watch(call.session(), call.db(), call.arg(i), call.now());
        }
        return Reply.OK;
    }
}
