package io.hexaredis.application.commands.persistence;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.bytes.ByteStrings;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;

/**
 * BGSAVE [SCHEDULE]
 *
 * <p>Redis: bgsaveCommand() in rdb.c. Starts writing the RDB file in the background from a
 * point-in-time image of the keyspace, and answers at once; the server keeps serving meanwhile
 * (Redis forks; here a writer thread reads an image that the keyspace preserves as it changes).
 * While an AOF rewrite runs, SCHEDULE makes the save start as soon as it is done; without it the
 * command is refused. LASTSAVE tells when the save has finished.
 */
final class BgsaveCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("bgsave", -1, CommandFlag.ADMIN, CommandFlag.NOSCRIPT,
                    CommandFlag.NO_ASYNC_LOADING)
            .group(CommandGroup.SERVER).since("1.0.0").complexity("O(1)").syntax("[SCHEDULE]")
            .summary("Asynchronously saves the database(s) to disk.");

    static final RedisError ANOTHER_CHILD = new RedisError("ERR Another child process is active (AOF?): can't BGSAVE"
            + " right now. Use BGSAVE SCHEDULE in order to schedule a BGSAVE whenever possible.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        boolean schedule = false;
        if (call.argc() > 1) {
            if (call.argc() == 2 && ByteStrings.equalsIgnoreCase(call.arg(1), "schedule")) {
                schedule = true;
            } else {
                throw RedisError.SYNTAX;
            }
        }
        var persistence = call.server().persistence();
        if (persistence.bgsaveInProgress()) {
            throw SaveCommand.BGSAVE_IN_PROGRESS;
        }
        if (persistence.hasActiveChild()) {
            if (!schedule) {
                throw ANOTHER_CHILD;
            }
            persistence.scheduleBgsave();
            return Reply.status("Background saving scheduled");
        }
        persistence.startBgsave();
        return Reply.status("Background saving started");
    }
}
