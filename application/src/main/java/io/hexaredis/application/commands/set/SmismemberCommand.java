package io.hexaredis.application.commands.set;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.set.RedisSet;
import java.util.ArrayList;
import java.util.List;

/**
 * SMISMEMBER key member [member ...]
 *
 * <p>For each member, in the order asked, 1 if it is in the set and 0 if not; all 0 for a missing
 * key.
 *
 * <p>Redis: smismemberCommand() in t_set.c.
 */
final class SmismemberCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("smismember", -3, CommandFlag.READONLY, CommandFlag.FAST)
            .keys(1, 1, 1).group(CommandGroup.SET).since("6.2.0")
            .syntax("key member [member ...]")
            .summary("Returns the membership associated with the given elements for a set")
            .complexity("O(N) where N is the number of elements being checked for membership");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        RedisSet set = call.db().get(call.arg(1), RedisSet.class, call.now());
        List<Reply> out = new ArrayList<>(call.argc() - 2);
        for (int i = 2; i < call.argc(); i++) {
            out.add(set != null && set.contains(call.arg(i)) ? Reply.ONE : Reply.ZERO);
        }
        return Reply.array(out);
    }
}
