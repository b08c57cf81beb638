package io.hexaredis.application.commands.zset;

import io.hexaredis.application.commands.zset.ZremrangeGeneric.RangeType;
import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * ZREMRANGEBYRANK key start stop
 *
 * <p>Removes the members of ranks start to stop (0-based, negative from the end, clamped) and
 * replies how many. Redis: zremrangebyrankCommand() in t_zset.c; see {@link ZremrangeGeneric}.
 */
final class ZremrangebyrankCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("zremrangebyrank", 4, CommandFlag.WRITE)
            .keys(1, 1, 1).group(CommandGroup.SORTED_SET).since("2.0.0")
            .syntax("key start stop")
            .summary("Remove all members in a sorted set within the given indexes")
            .complexity("O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements removed by the operation.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return ZremrangeGeneric.zremrange(call, RangeType.RANK);
    }
}
