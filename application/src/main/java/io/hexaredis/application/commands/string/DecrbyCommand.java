package io.hexaredis.application.commands.string;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;

/**
 * DECRBY key decrement
 *
 * <p>Subtracts a 64-bit decrement and answers the new value. The smallest 64-bit integer cannot be
 * negated, so it is refused with "decrement would overflow" before the key is even looked at.
 * Redis: decrbyCommand() in t_string.c; the body is {@link IncrDecr}.
 */
final class DecrbyCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("decrby", 3, CommandFlag.WRITE, CommandFlag.DENYOOM,
                    CommandFlag.FAST)
            .keys(1, 1, 1).group(CommandGroup.STRING).syntax("key decrement")
            .summary("Decrement the integer value of a key by the given number").complexity("O(1)").since("1.0.0");

    static final RedisError DECREMENT_OVERFLOW = new RedisError("ERR decrement would overflow");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        long decrement = call.longArg(2);
        if (decrement == Long.MIN_VALUE) {
            throw DECREMENT_OVERFLOW;
        }
        return IncrDecr.incrBy(call, -decrement);
    }
}
