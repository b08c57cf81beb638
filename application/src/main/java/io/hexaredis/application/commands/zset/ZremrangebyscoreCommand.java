package io.hexaredis.application.commands.zset;

import io.hexaredis.application.commands.zset.ZremrangeGeneric.RangeType;
import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * ZREMRANGEBYSCORE key min max
 *
 * <p>Removes the members whose score is in the range ('(' excludes a bound) and replies how many.
 * Redis: zremrangebyscoreCommand() in t_zset.c; see {@link ZremrangeGeneric}.
 */
final class ZremrangebyscoreCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("zremrangebyscore", 4, CommandFlag.WRITE)
            .keys(1, 1, 1).group(CommandGroup.SORTED_SET).since("1.2.0")
            .syntax("key min max")
            .summary("Remove all members in a sorted set within the given scores")
            .complexity("O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements removed by the operation.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return ZremrangeGeneric.zremrange(call, RangeType.SCORE);
    }
}
