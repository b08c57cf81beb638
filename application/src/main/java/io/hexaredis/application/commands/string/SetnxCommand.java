package io.hexaredis.application.commands.string;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * SETNX key value
 *
 * <p>SET NX answering 1 when it set the key and 0 when the key already existed. Redis:
 * setnxCommand() in t_string.c.
 */
final class SetnxCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("setnx", 3, CommandFlag.WRITE, CommandFlag.DENYOOM,
                    CommandFlag.FAST)
            .keys(1, 1, 1).group(CommandGroup.STRING).syntax("key value")
            .summary("Set the value of a key, only if the key does not exist").complexity("O(1)").since("1.0.0");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return SetGeneric.set(call, SPEC.name(), ExtendedArguments.ONLY_NX, call.arg(1), call.arg(2), Reply.ONE,
                Reply.ZERO);
    }
}
