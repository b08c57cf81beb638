package io.hexaredis.application.commands.string;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.bytes.ByteStrings;
import io.hexaredis.domain.command.NotifyType;
import io.hexaredis.domain.command.Reply;

/**
 * GETSET key value
 *
 * <p>Sets the value (dropping any TTL) and answers the old string, or nil. WRONGTYPE, and nothing
 * set, when the key holds another type. Propagated as {@code SET key value}, which has the same
 * effect. Deprecated since 6.2 in favour of SET ... GET. Redis: getsetCommand() in t_string.c.
 */
final class GetsetCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("getset", 3, CommandFlag.WRITE, CommandFlag.DENYOOM,
                    CommandFlag.FAST)
            .keys(1, 1, 1).group(CommandGroup.STRING).syntax("key value")
            .summary("Set the string value of a key and return its old value").complexity("O(1)").since("1.0.0");

    private static final byte[] SET = ByteStrings.ascii("SET");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        byte[] key = call.arg(1);
        byte[] value = call.arg(2);
        byte[] old = call.db().getString(key, call.now());
        call.db().set(key, value);
        call.notifyKeyspaceEvent(NotifyType.STRING, "set", key);
        call.propagateAs(SET, key, value);
        return Reply.bulk(old);
    }
}
