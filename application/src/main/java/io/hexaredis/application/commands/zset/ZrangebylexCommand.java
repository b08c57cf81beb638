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
 * ZRANGEBYLEX key min max [LIMIT offset count]
 *
 * <p>ZRANGE key min max BYLEX: members between {@code [a}/{@code (a}/{@code -} and
 * {@code [b}/{@code (b}/{@code +}, for sets whose scores are all equal. Redis:
 * zrangebylexCommand() in t_zset.c; see {@link ZrangeGeneric}.
 */
final class ZrangebylexCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("zrangebylex", -4, CommandFlag.READONLY)
            .keys(1, 1, 1).group(CommandGroup.SORTED_SET).since("2.8.9")
            .syntax("key min max [LIMIT offset count]")
            .summary("Return a range of members in a sorted set, by lexicographical range")
            .complexity("O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements being returned. If M is constant (e.g. always asking for the first 10 elements with LIMIT), you can consider it O(log(N)).");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return ZrangeGeneric.zrange(call, 1, false, RangeType.LEX, Direction.FORWARD);
    }
}
