package io.hexaredis.application.commands.zset;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.zset.RedisSortedSet;
import java.util.ArrayList;
import java.util.List;

/**
 * ZMSCORE key member [member ...]
 *
 * <p>One score (or nil) per member asked, in the order asked; a missing key answers all nils.
 * Redis: zmscoreCommand() in t_zset.c.
 */
final class ZmscoreCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("zmscore", -3, CommandFlag.READONLY, CommandFlag.FAST)
            .keys(1, 1, 1).group(CommandGroup.SORTED_SET).since("6.2.0")
            .syntax("key member [member ...]")
            .summary("Get the score associated with the given members in a sorted set")
            .complexity("O(N) where N is the number of members being requested.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        RedisSortedSet zset = Zsets.lookup(call, call.arg(1));
        List<Reply> out = new ArrayList<>(call.argc() - 2);
        for (int i = 2; i < call.argc(); i++) {
            double score = zset == null ? Double.NaN : zset.score(call.arg(i));
            out.add(Double.isNaN(score) ? Reply.NIL : Reply.doubleValue(score));
        }
        return Reply.array(out);
    }
}
