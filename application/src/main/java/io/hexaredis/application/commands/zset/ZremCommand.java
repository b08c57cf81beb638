package io.hexaredis.application.commands.zset;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.zset.RedisSortedSet;

/**
 * ZREM key member [member ...]
 *
 * <p>The number of members removed. Notifies "zrem", then "del" if the set became empty (the
 * key is deleted: empty sets never remain). Redis: zremCommand() in t_zset.c.
 */
final class ZremCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("zrem", -3, CommandFlag.WRITE, CommandFlag.FAST)
            .keys(1, 1, 1).group(CommandGroup.SORTED_SET).since("1.2.0")
            .syntax("key member [member ...]")
            .summary("Remove one or more members from a sorted set")
            .complexity("O(M*log(N)) with N being the number of elements in the sorted set and M the number of elements to be removed.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        byte[] key = call.arg(1);
        RedisSortedSet zset = Zsets.lookup(call, key);
        if (zset == null) {
            return Reply.ZERO;
        }
        long deleted = 0;
        for (int i = 2; i < call.argc() && zset.size() > 0; i++) {
            if (zset.remove(call.arg(i))) {
                deleted++;
            }
        }
        if (deleted > 0) {
            Zsets.modified(call, key, zset, deleted, "zrem");
        }
        return Reply.integer(deleted);
    }
}
