package io.hexaredis.application.commands.zset;

import io.hexaredis.application.commands.zset.ZsetopGeneric.Op;
import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * ZINTERSTORE destination numkeys key [key ...] [WEIGHTS weight [weight ...]] [AGGREGATE <SUM | MIN | MAX>]
 *
 * <p>Stores the members present in every input, scores aggregated as for ZUNIONSTORE, and replies
 * the size. Redis: zinterstoreCommand() in t_zset.c; see {@link ZsetopGeneric}.
 */
final class ZinterstoreCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("zinterstore", -4, CommandFlag.WRITE, CommandFlag.DENYOOM, CommandFlag.MOVABLE_KEYS)
            .keys(1, 1, 1).group(CommandGroup.SORTED_SET).since("2.0.0")
            .syntax("destination numkeys key [key ...] [WEIGHTS weight [weight ...]] [AGGREGATE <SUM | MIN | MAX>]")
            .summary("Intersect multiple sorted sets and store the resulting sorted set in a new key")
            .complexity("O(N*K)+O(M*log(M)) worst case with N being the smallest input sorted set, K being the number of input sorted sets and M being the number of elements in the resulting sorted set.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return ZsetopGeneric.run(call, 2, call.arg(1), Op.INTER, false);
    }
}
