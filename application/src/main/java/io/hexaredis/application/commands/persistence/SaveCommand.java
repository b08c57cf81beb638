package io.hexaredis.application.commands.persistence;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;
import java.io.IOException;

/**
 * SAVE
 *
 * <p>Redis: saveCommand() in rdb.c. Writes the RDB file now, on the event-loop thread: every other
 * client waits until it is done. Refused while a BGSAVE runs. A failed save answers a bare "-ERR"
 * (Redis's shared.err); the reason is in the log, and the previous file is intact.
 */
final class SaveCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("save", 1, CommandFlag.ADMIN, CommandFlag.NOSCRIPT,
                    CommandFlag.NO_ASYNC_LOADING, CommandFlag.NO_MULTI)
            .group(CommandGroup.SERVER).since("1.0.0").complexity("O(N) where N is the total number of keys in all databases")
            .summary("Synchronously saves the database(s) to disk.");

    static final RedisError BGSAVE_IN_PROGRESS = new RedisError("ERR Background save already in progress");
    static final RedisError SAVE_FAILED = new RedisError("ERR");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        var persistence = call.server().persistence();
        if (persistence.bgsaveInProgress()) {
            throw BGSAVE_IN_PROGRESS;
        }
        try {
            persistence.saveNow();
        } catch (IOException e) {
            throw SAVE_FAILED;
        }
        return Reply.OK;
    }
}
