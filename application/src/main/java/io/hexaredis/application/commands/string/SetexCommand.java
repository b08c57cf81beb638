package io.hexaredis.application.commands.string;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * SETEX key seconds value
 *
 * <p>SET key value EX seconds: propagated as {@code SET key value PXAT <ms>}, and "invalid expire
 * time in 'setex' command" unless seconds is positive. Redis: setexCommand() in t_string.c.
 */
final class SetexCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("setex", 4, CommandFlag.WRITE, CommandFlag.DENYOOM)
            .keys(1, 1, 1).group(CommandGroup.STRING).syntax("key seconds value")
            .summary("Set the value and expiration of a key").complexity("O(1)").since("2.0.0");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        ExtendedArguments args = ExtendedArguments.expiring(ExtendedArguments.Expiry.EX, call.arg(2));
        return SetGeneric.set(call, SPEC.name(), args, call.arg(1), call.arg(3), Reply.OK, Reply.NIL);
    }
}
