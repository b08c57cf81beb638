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
 * ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]
 *
 * <p>ZRANGE key min max BYSCORE, from the lowest score. Redis: zrangebyscoreCommand() in
 * t_zset.c; see {@link ZrangeGeneric}.
 */
final class ZrangebyscoreCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("zrangebyscore", -4, CommandFlag.READONLY)
            .keys(1, 1, 1).group(CommandGroup.SORTED_SET).since("1.0.5")
            .syntax("key min max [WITHSCORES] [LIMIT offset count]")
            .summary("Return a range of members in a sorted set, by score")
            .complexity("O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements being returned. If M is constant (e.g. always asking for the first 10 elements with LIMIT), you can consider it O(log(N)).");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return ZrangeGeneric.zrange(call, 1, false, RangeType.SCORE, Direction.FORWARD);
    }
}
