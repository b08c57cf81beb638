package io.hexaredis.application.commands.zset;

import io.hexaredis.application.commands.zset.ZsetopGeneric.Op;
import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * ZUNION numkeys key [key ...] [WEIGHTS weight [weight ...]] [AGGREGATE <SUM | MIN | MAX>] [WITHSCORES]
 *
 * <p>ZUNIONSTORE's result as a reply, ordered by score, with the scores on WITHSCORES (pairs in
 * RESP3). Redis: zunionCommand() in t_zset.c; see {@link ZsetopGeneric}.
 */
final class ZunionCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("zunion", -3, CommandFlag.READONLY, CommandFlag.MOVABLE_KEYS)
            .keys(0, 0, 0).group(CommandGroup.SORTED_SET).since("6.2.0")
            .syntax("numkeys key [key ...] [WEIGHTS weight [weight ...]] [AGGREGATE <SUM | MIN | MAX>] [WITHSCORES]")
            .summary("Add multiple sorted sets")
            .complexity("O(N)+O(M*log(M)) with N being the sum of the sizes of the input sorted sets, and M being the number of elements in the resulting sorted set.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return ZsetopGeneric.run(call, 1, null, Op.UNION, false);
    }
}
