package io.hexaredis.application.commands.zset;

import io.hexaredis.application.commands.zset.ZremrangeGeneric.RangeType;
import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * ZREMRANGEBYLEX key min max
 *
 * <p>Removes the members between min and max in byte order and replies how many. Redis:
 * zremrangebylexCommand() in t_zset.c; see {@link ZremrangeGeneric}.
 */
final class ZremrangebylexCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("zremrangebylex", 4, CommandFlag.WRITE)
            .keys(1, 1, 1).group(CommandGroup.SORTED_SET).since("2.8.9")
            .syntax("key min max")
            .summary("Remove all members in a sorted set between the given lexicographical range")
            .complexity("O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements removed by the operation.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return ZremrangeGeneric.zremrange(call, RangeType.LEX);
    }
}
