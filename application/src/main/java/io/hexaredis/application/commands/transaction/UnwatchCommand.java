package io.hexaredis.application.commands.transaction;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * UNWATCH
 *
 * <p>Redis: unwatchCommand() in multi.c.
 */
final class UnwatchCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("unwatch", 1, CommandFlag.NOSCRIPT, CommandFlag.LOADING,
            CommandFlag.STALE, CommandFlag.FAST, CommandFlag.ALLOW_BUSY)
            .group(CommandGroup.TRANSACTIONS).since("2.2.0").summary("Forgets about watched keys of a transaction.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        call.server().watchedKeys().unwatchAll(call.session());
        return Reply.OK;
    }
}
