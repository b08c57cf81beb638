package io.hexaredis.application.commands.zset;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * ZINCRBY key increment member
 *
 * <p>ZADD key INCR increment member, with the same checks: the reply is the new score (a double in
 * RESP3), a missing member starts from 0, and an increment giving NaN ({@code +inf} plus
 * {@code -inf}) is refused with "resulting score is not a number (NaN)". Redis: zincrbyCommand() in
 * t_zset.c, which calls zaddGenericCommand() with ZADD_IN_INCR; see {@link ZaddGeneric}.
 */
final class ZincrbyCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("zincrby", 4, CommandFlag.WRITE, CommandFlag.DENYOOM,
                    CommandFlag.FAST)
            .keys(1, 1, 1).group(CommandGroup.SORTED_SET).since("1.2.0")
            .syntax("key increment member")
            .summary("Increment the score of a member in a sorted set")
            .complexity("O(log(N)) where N is the number of elements in the sorted set.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return ZaddGeneric.zadd(call, true);
    }
}
