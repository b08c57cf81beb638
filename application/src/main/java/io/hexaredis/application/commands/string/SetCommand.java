package io.hexaredis.application.commands.string;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.NotifyType;
import io.hexaredis.domain.command.Reply;

/**
 * SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds |
 * PXAT unix-time-milliseconds | KEEPTTL]
 *
 * <p>Redis: setCommand() and setGenericCommand() in t_string.c.
 */
final class SetCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("set", -3, CommandFlag.WRITE, CommandFlag.DENYOOM)
            .keys(1, 1, 1).group(CommandGroup.STRING)
            .syntax("key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]")
            .summary("Sets the string value of a key, ignoring its type. The key is created if it doesn't exist.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        byte[] key = call.arg(1);
        call.db().set(key, call.arg(2));
        call.notifyKeyspaceEvent(NotifyType.STRING, "set", key);
        return Reply.OK;
    }
}
