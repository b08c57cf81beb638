package io.hexaredis.application.commands.string;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * PSETEX key milliseconds value
 *
 * <p>SET key value PX milliseconds: propagated as {@code SET key value PXAT <ms>}, and "invalid
 * expire time in 'psetex' command" unless milliseconds is positive. Redis: psetexCommand() in
 * t_string.c.
 */
final class PsetexCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("psetex", 4, CommandFlag.WRITE, CommandFlag.DENYOOM)
            .keys(1, 1, 1).group(CommandGroup.STRING).syntax("key milliseconds value")
            .summary("Set the value and expiration in milliseconds of a key").complexity("O(1)").since("2.6.0");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        ExtendedArguments args = ExtendedArguments.expiring(ExtendedArguments.Expiry.PX, call.arg(2));
        return SetGeneric.set(call, SPEC.name(), args, call.arg(1), call.arg(3), Reply.OK, Reply.NIL);
    }
}
