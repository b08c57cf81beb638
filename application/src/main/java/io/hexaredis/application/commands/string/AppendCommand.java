package io.hexaredis.application.commands.string;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.NotifyType;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.string.RedisString;

/**
 * APPEND key value
 *
 * <p>Appends to the string (creating it, even with an empty value, when missing) and answers the
 * new length; the TTL stays. The result may not exceed proto-max-bulk-len. Redis sds strings grow
 * in place with preallocated room; a {@code byte[]} cannot, so each APPEND copies the value.
 * Redis: appendCommand() in t_string.c.
 */
final class AppendCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("append", 3, CommandFlag.WRITE, CommandFlag.DENYOOM,
                    CommandFlag.FAST)
            .keys(1, 1, 1).group(CommandGroup.STRING).syntax("key value")
            .summary("Append a value to a key")
            .complexity("O(1). The amortized time complexity is O(1) assuming the appended value is small and the"
                    + " already present value is of any size, since the dynamic string library used by Redis will"
                    + " double the free space available on every reallocation.")
            .since("2.0.0");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        byte[] key = call.arg(1);
        byte[] tail = call.arg(2);
        byte[] old = call.db().getString(key, call.now());
        byte[] value;
        if (old == null) {
            value = tail;
            call.db().set(key, value);
        } else {
            value = RedisString.append(old, tail, StringLimit.of(call));
            call.db().setKeepTtl(key, value);
        }
        call.notifyKeyspaceEvent(NotifyType.STRING, "append", key);
        return Reply.integer(value.length);
    }
}
