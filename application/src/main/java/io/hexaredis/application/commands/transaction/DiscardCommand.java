package io.hexaredis.application.commands.transaction;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * DISCARD
 *
 * <p>Redis: discardCommand() in multi.c. Drops the queued commands and every WATCH.
 */
final class DiscardCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("discard", 1, CommandFlag.NOSCRIPT, CommandFlag.LOADING,
            CommandFlag.STALE, CommandFlag.FAST, CommandFlag.ALLOW_BUSY)
            .group(CommandGroup.TRANSACTIONS).since("2.0.0").complexity("O(N), when N is the number of queued commands")
            .summary("Discards a transaction.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        if (!call.session().inMulti()) {
            return Reply.error("ERR DISCARD without MULTI");
        }
        call.session().setMulti(null);
        call.server().watchedKeys().unwatchAll(call.session());
        return Reply.OK;
    }
}
