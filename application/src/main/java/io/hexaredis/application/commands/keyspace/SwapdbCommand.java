package io.hexaredis.application.commands.keyspace;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;

/**
 * SWAPDB index1 index2
 *
 * <p>Redis: swapdbCommand() and dbSwapDatabases() in db.c. Exchanges the contents of two databases
 * at once: clients that selected database 0 see the other data from their next command. Swapping
 * a database with itself is allowed and still counts as a change (so it is propagated). Clients
 * watching keys of either database see their transaction fail.
 */
final class SwapdbCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("swapdb", 3, CommandFlag.WRITE, CommandFlag.FAST)
            .group(CommandGroup.SERVER).syntax("index1 index2").since("4.0.0")
            .summary("Swaps two Redis databases")
            .complexity("O(N) where N is the count of clients watching or blocking on keys from both databases.");

    private static final RedisError INVALID_FIRST = new RedisError("ERR invalid first DB index");
    private static final RedisError INVALID_SECOND = new RedisError("ERR invalid second DB index");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        int a = TargetDb.parseInt(call.arg(1), INVALID_FIRST);
        int b = TargetDb.parseInt(call.arg(2), INVALID_SECOND);
        if (!TargetDb.exists(call, a) || !TargetDb.exists(call, b)) {
            throw RedisError.DB_INDEX_OUT_OF_RANGE;
        }
        call.keyspace().swap(a, b);
        return Reply.OK;
    }
}
