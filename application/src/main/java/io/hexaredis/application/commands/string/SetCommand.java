package io.hexaredis.application.commands.string;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds |
 * PXAT unix-time-milliseconds | KEEPTTL]
 *
 * <p>Replaces any value of any type, and its TTL unless KEEPTTL. OK when written, nil when NX or XX
 * prevented it; with GET the old string (or nil) either way. An expiry is propagated as an
 * absolute {@code SET key value PXAT <ms>}. Redis: setCommand() in t_string.c; the body is
 * {@link SetGeneric}.
 */
final class SetCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("set", -3, CommandFlag.WRITE, CommandFlag.DENYOOM)
            .keys(1, 1, 1).group(CommandGroup.STRING)
            .syntax("key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]")
            .summary("Set the string value of a key").complexity("O(1)").since("1.0.0");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        ExtendedArguments args = ExtendedArguments.forSet(call, 3);
        return SetGeneric.set(call, SPEC.name(), args, call.arg(1), call.arg(2), Reply.OK, Reply.NIL);
    }
}
