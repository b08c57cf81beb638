package io.hexaredis.application.commands.keyspace;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * FLUSHALL [ASYNC | SYNC]
 *
 * <p>Redis: flushallCommand() and flushAllDataAndResetRDB() in db.c. Deletes every key of every
 * database, and is propagated even when there was nothing to delete. No keyspace notification per
 * key; watching clients see their transactions fail.
 */
final class FlushallCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("flushall", -1, CommandFlag.WRITE)
            .group(CommandGroup.SERVER).syntax("[ASYNC | SYNC]").since("1.0.0")
            .summary("Remove all keys from all databases")
            .complexity("O(N) where N is the total number of keys in all databases");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        FlushGeneric.checkOption(call);
        call.keyspace().flushAll();
        call.propagateAs(call.argv()); // forceCommandPropagation(): also when nothing was deleted
        return Reply.OK;
    }
}
