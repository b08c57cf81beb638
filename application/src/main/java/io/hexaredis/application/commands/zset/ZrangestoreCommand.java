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
 * ZRANGESTORE dst src min max [BYSCORE | BYLEX] [REV] [LIMIT offset count]
 *
 * <p>ZRANGE's selection stored at dst (replacing any value and TTL), replying its size; an empty
 * selection deletes dst. The stored set is compact when it fits the listpack limits, whatever the
 * source's encoding. Notifies "zrangestore" (or "del"); propagated as sent. Redis:
 * zrangestoreCommand() in t_zset.c; see {@link ZrangeGeneric}.
 */
final class ZrangestoreCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("zrangestore", -5, CommandFlag.WRITE, CommandFlag.DENYOOM)
            .keys(1, 2, 1).group(CommandGroup.SORTED_SET).since("6.2.0")
            .syntax("dst src min max [BYSCORE | BYLEX] [REV] [LIMIT offset count]")
            .summary("Store a range of members from sorted set into another key")
            .complexity("O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements stored into the destination key.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return ZrangeGeneric.zrange(call, 2, true, RangeType.AUTO, Direction.AUTO);
    }
}
