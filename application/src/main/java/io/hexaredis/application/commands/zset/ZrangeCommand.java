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
 * ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]
 *
 * <p>By rank (0-based, negative from the end), by score with BYSCORE, by member with BYLEX;
 * REV reverses the order, and then start is the higher bound for BYSCORE and BYLEX. LIMIT needs
 * BYSCORE or BYLEX; a negative count means all the rest. WITHSCORES adds the scores: flat in
 * RESP2, member-score pairs in RESP3. Redis: zrangeCommand() in t_zset.c; see {@link ZrangeGeneric}.
 */
final class ZrangeCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("zrange", -4, CommandFlag.READONLY)
            .keys(1, 1, 1).group(CommandGroup.SORTED_SET).since("1.2.0")
            .syntax("key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]")
            .summary("Return a range of members in a sorted set")
            .complexity("O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements returned.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return ZrangeGeneric.zrange(call, 1, false, RangeType.AUTO, Direction.AUTO);
    }
}
