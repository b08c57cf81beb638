package io.hexaredis.application.commands.zset;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.zset.RedisSortedSet;
import io.hexaredis.domain.zset.ScoreRange;

/**
 * ZCOUNT key min max
 *
 * <p>Members with a score between min and max, each inclusive unless prefixed by '(' (see
 * {@link ScoreRange}); the range is checked before the key. Redis: zcountCommand() in t_zset.c.
 */
final class ZcountCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("zcount", 4, CommandFlag.READONLY, CommandFlag.FAST)
            .keys(1, 1, 1).group(CommandGroup.SORTED_SET).since("2.0.0")
            .syntax("key min max")
            .summary("Count the members in a sorted set with scores within the given values")
            .complexity("O(log(N)) with N being the number of elements in the sorted set.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        ScoreRange range = ScoreRange.parse(call.arg(2), call.arg(3));
        RedisSortedSet zset = Zsets.lookup(call, call.arg(1));
        return Reply.integer(zset == null ? 0 : zset.count(range));
    }
}
