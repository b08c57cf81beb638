package io.hexaredis.application.commands.zset;

import io.hexaredis.application.commands.zset.ZsetopGeneric.Op;
import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * ZUNIONSTORE destination numkeys key [key ...] [WEIGHTS weight [weight ...]] [AGGREGATE <SUM | MIN | MAX>]
 *
 * <p>Stores the union at destination and replies its size: every member of any input, with its
 * weighted scores summed (or the MIN or MAX). Sets count as members of score 1. An empty union
 * deletes destination. Redis: zunionstoreCommand() in t_zset.c; see {@link ZsetopGeneric}.
 */
final class ZunionstoreCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("zunionstore", -4, CommandFlag.WRITE, CommandFlag.DENYOOM, CommandFlag.MOVABLE_KEYS)
            .keys(1, 1, 1).group(CommandGroup.SORTED_SET).since("2.0.0")
            .syntax("destination numkeys key [key ...] [WEIGHTS weight [weight ...]] [AGGREGATE <SUM | MIN | MAX>]")
            .summary("Add multiple sorted sets and store the resulting sorted set in a new key")
            .complexity("O(N)+O(M log(M)) with N being the sum of the sizes of the input sorted sets, and M being the number of elements in the resulting sorted set.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return ZsetopGeneric.run(call, 2, call.arg(1), Op.UNION, false);
    }
}
