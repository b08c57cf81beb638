package io.hexaredis.application.commands.keyspace;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * FLUSHDB [ASYNC | SYNC]
 *
 * <p>Redis: flushdbCommand() in db.c. Deletes every key of the selected database. No keyspace
 * notification per key; watching clients see their transactions fail. Propagated even when the
 * database was already empty (Redis forces it), so that a replica that somehow holds keys there
 * ends up identical.
 */
final class FlushdbCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("flushdb", -1, CommandFlag.WRITE)
            .group(CommandGroup.SERVER).syntax("[ASYNC | SYNC]").since("1.0.0")
            .summary("Remove all keys from the current database")
            .complexity("O(N) where N is the number of keys in the selected database");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        FlushGeneric.checkOption(call);
        call.db().clear();
        call.propagateAs(call.argv()); // forceCommandPropagation(): also when nothing was deleted
        return Reply.OK;
    }
}
