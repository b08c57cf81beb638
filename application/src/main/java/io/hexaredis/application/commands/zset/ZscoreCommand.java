package io.hexaredis.application.commands.zset;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.zset.RedisSortedSet;

/**
 * ZSCORE key member
 *
 * <p>The score as a double (a bulk string formatted like %.17g in RESP2), nil when the key or the
 * member is missing. Redis: zscoreCommand() in t_zset.c.
 */
final class ZscoreCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("zscore", 3, CommandFlag.READONLY, CommandFlag.FAST)
            .keys(1, 1, 1).group(CommandGroup.SORTED_SET).since("1.2.0")
            .syntax("key member")
            .summary("Get the score associated with the given member in a sorted set")
            .complexity("O(1)");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        RedisSortedSet zset = Zsets.lookup(call, call.arg(1));
        double score = zset == null ? Double.NaN : zset.score(call.arg(2));
        return Double.isNaN(score) ? Reply.NIL : Reply.doubleValue(score);
    }
}
