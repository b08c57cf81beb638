package io.hexaredis.application.commands.keyspace;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * DBSIZE
 *
 * <p>Redis: dbsizeCommand() in db.c. The number of keys in the hash table of the selected database,
 * in O(1): keys whose time has passed but that nobody has read since, and that the active expiry
 * cycle has not reached yet, still count.
 */
final class DbsizeCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("dbsize", 1, CommandFlag.READONLY, CommandFlag.FAST)
            .group(CommandGroup.SERVER).since("1.0.0")
            .summary("Return the number of keys in the selected database");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return Reply.integer(call.db().size());
    }
}
