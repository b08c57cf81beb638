package io.hexaredis.application.commands.zset;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.zset.LexRange;
import io.hexaredis.domain.zset.RedisSortedSet;

/**
 * ZLEXCOUNT key min max
 *
 * <p>Members between min and max in byte order ({@code [a}, {@code (a}, {@code -}, {@code +}; see
 * {@link LexRange}), meaningful when all scores are equal. Redis: zlexcountCommand() in t_zset.c.
 */
final class ZlexcountCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("zlexcount", 4, CommandFlag.READONLY, CommandFlag.FAST)
            .keys(1, 1, 1).group(CommandGroup.SORTED_SET).since("2.8.9")
            .syntax("key min max")
            .summary("Count the number of members in a sorted set between a given lexicographical range")
            .complexity("O(log(N)) with N being the number of elements in the sorted set.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        LexRange range = LexRange.parse(call.arg(2), call.arg(3));
        RedisSortedSet zset = Zsets.lookup(call, call.arg(1));
        return Reply.integer(zset == null ? 0 : zset.count(range));
    }
}
