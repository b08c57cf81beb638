package io.hexaredis.application.commands.zset;

import io.hexaredis.application.commands.zset.ZsetopGeneric.Op;
import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * ZINTERCARD numkeys key [key ...] [LIMIT limit]
 *
 * <p>The size of the intersection, counting no further than LIMIT when it is not 0. Redis:
 * zinterCardCommand() in t_zset.c; see {@link ZsetopGeneric}.
 */
final class ZintercardCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("zintercard", -3, CommandFlag.READONLY, CommandFlag.MOVABLE_KEYS)
            .keys(0, 0, 0).group(CommandGroup.SORTED_SET).since("7.0.0")
            .syntax("numkeys key [key ...] [LIMIT limit]")
            .summary("Intersect multiple sorted sets and return the cardinality of the result")
            .complexity("O(N*K) worst case with N being the smallest input sorted set, K being the number of input sorted sets.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return ZsetopGeneric.run(call, 1, null, Op.INTER, true);
    }
}
