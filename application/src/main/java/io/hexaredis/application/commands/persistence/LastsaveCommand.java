package io.hexaredis.application.commands.persistence;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * LASTSAVE
 *
 * <p>Redis: lastsaveCommand() in server.c. The Unix time, in seconds, of the last successful save
 * (SAVE, BGSAVE, or the start of the server). Clients poll it to learn that a BGSAVE finished.
 */
final class LastsaveCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("lastsave", 1, CommandFlag.LOADING, CommandFlag.STALE,
                    CommandFlag.FAST)
            .group(CommandGroup.SERVER).since("1.0.0").complexity("O(1)")
            .summary("Returns the Unix timestamp of the last successful save to disk.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return Reply.integer(call.server().persistence().lastSave());
    }
}
