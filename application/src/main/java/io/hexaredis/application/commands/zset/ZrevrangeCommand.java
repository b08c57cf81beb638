package io.hexaredis.application.commands.zset;

import io.hexaredis.application.commands.zset.ZrangeGeneric.Direction;
import io.hexaredis.application.commands.zset.ZrangeGeneric.RangeType;
import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * ZREVRANGE key start stop [WITHSCORES]
 *
 * <p>ZRANGE key start stop REV: ranks counted from the highest score. Redis: zrevrangeCommand()
 * in t_zset.c; see {@link ZrangeGeneric}.
 */
final class ZrevrangeCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("zrevrange", -4, CommandFlag.READONLY)
            .keys(1, 1, 1).group(CommandGroup.SORTED_SET).since("1.2.0")
            .syntax("key start stop [WITHSCORES]")
            .summary("Return a range of members in a sorted set, by index, with scores ordered from high to low")
            .complexity("O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements returned.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return ZrangeGeneric.zrange(call, 1, false, RangeType.RANK, Direction.REVERSE);
    }
}
