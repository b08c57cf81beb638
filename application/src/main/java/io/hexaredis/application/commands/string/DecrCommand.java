package io.hexaredis.application.commands.string;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * DECR key
 *
 * <p>Subtracts 1 and answers the new value. Redis: decrCommand() in t_string.c; the body is
 * {@link IncrDecr}.
 */
final class DecrCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("decr", 2, CommandFlag.WRITE, CommandFlag.DENYOOM,
                    CommandFlag.FAST)
            .keys(1, 1, 1).group(CommandGroup.STRING).syntax("key")
            .summary("Decrement the integer value of a key by one").complexity("O(1)").since("1.0.0");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return IncrDecr.incrBy(call, -1);
    }
}
