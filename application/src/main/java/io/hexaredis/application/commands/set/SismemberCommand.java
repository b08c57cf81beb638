package io.hexaredis.application.commands.set;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.set.RedisSet;

/**
 * SISMEMBER key member
 *
 * <p>1 if the member is in the set, 0 if not or if the key is missing (an integer in RESP3 too).
 *
 * <p>Redis: sismemberCommand() in t_set.c.
 */
final class SismemberCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("sismember", 3, CommandFlag.READONLY, CommandFlag.FAST)
            .keys(1, 1, 1).group(CommandGroup.SET).since("1.0.0")
            .syntax("key member")
            .summary("Determine if a given value is a member of a set");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        RedisSet set = call.db().get(call.arg(1), RedisSet.class, call.now());
        return set != null && set.contains(call.arg(2)) ? Reply.ONE : Reply.ZERO;
    }
}
