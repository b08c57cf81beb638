package io.hexaredis.application.commands.string;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * INCRBY key increment
 *
 * <p>Adds a 64-bit increment and answers the new value. Redis: incrbyCommand() in t_string.c; the body is
 * {@link IncrDecr}.
 */
final class IncrbyCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("incrby", 3, CommandFlag.WRITE, CommandFlag.DENYOOM,
                    CommandFlag.FAST)
            .keys(1, 1, 1).group(CommandGroup.STRING).syntax("key increment")
            .summary("Increment the integer value of a key by the given amount").complexity("O(1)").since("1.0.0");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return IncrDecr.incrBy(call, call.longArg(2));
    }
}
