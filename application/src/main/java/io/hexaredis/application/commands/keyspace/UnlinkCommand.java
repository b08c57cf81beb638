package io.hexaredis.application.commands.keyspace;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * UNLINK key [key ...]
 *
 * <p>Redis: unlinkCommand() in db.c, DEL that frees big values in a background thread. Here the
 * garbage collector reclaims every value in the background, so UNLINK behaves exactly as DEL
 * (same reply, same "del" notification) and is propagated as UNLINK.
 */
final class UnlinkCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("unlink", -2, CommandFlag.WRITE, CommandFlag.FAST)
            .keys(1, -1, 1).syntax("key [key ...]").since("4.0.0")
            .summary("Delete a key asynchronously in another thread. Otherwise it is just as DEL, but non blocking.")
            .complexity("O(1) for each key removed regardless of its size. Then the command does O(N) work in a different thread in order to reclaim memory, where N is the number of allocations the deleted objects where composed of.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return DelGeneric.delete(call);
    }
}
