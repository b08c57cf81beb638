package io.hexaredis.application.commands.zset;

import io.hexaredis.application.commands.zset.ZsetopGeneric.Op;
import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * ZINTER numkeys key [key ...] [WEIGHTS weight [weight ...]] [AGGREGATE <SUM | MIN | MAX>] [WITHSCORES]
 *
 * <p>ZINTERSTORE's result as a reply. Redis: zinterCommand() in t_zset.c; see
 * {@link ZsetopGeneric}.
 */
final class ZinterCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("zinter", -3, CommandFlag.READONLY, CommandFlag.MOVABLE_KEYS)
            .keys(0, 0, 0).group(CommandGroup.SORTED_SET).since("6.2.0")
            .syntax("numkeys key [key ...] [WEIGHTS weight [weight ...]] [AGGREGATE <SUM | MIN | MAX>] [WITHSCORES]")
            .summary("Intersect multiple sorted sets")
            .complexity("O(N*K)+O(M*log(M)) worst case with N being the smallest input sorted set, K being the number of input sorted sets and M being the number of elements in the resulting sorted set.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return ZsetopGeneric.run(call, 1, null, Op.INTER, false);
    }
}
