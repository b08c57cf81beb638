package io.hexaredis.application.commands.string;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.NotifyType;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;
import io.hexaredis.domain.string.RedisString;

/**
 * SETRANGE key offset value
 *
 * <p>Overwrites the string from offset on, padding with zero bytes when the offset is past its
 * end, and answers the new length; the TTL stays. An empty value changes nothing and creates no
 * key: it answers the current length (0 for a missing key). offset + the value's length may not
 * exceed proto-max-bulk-len ("string exceeds maximum allowed size"), which bounds how much memory
 * one small request can make the server allocate. Redis: setrangeCommand() in t_string.c.
 */
final class SetrangeCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("setrange", 4, CommandFlag.WRITE, CommandFlag.DENYOOM)
            .keys(1, 1, 1).group(CommandGroup.STRING).syntax("key offset value")
            .summary("Overwrite part of a string at key starting at the specified offset")
            .complexity("O(1), not counting the time taken to copy the new string in place. Usually, this string"
                    + " is very small so the amortized complexity is O(1). Otherwise, complexity is O(M) with M"
                    + " being the length of the value argument.")
            .since("2.2.0");

    static final RedisError OFFSET_OUT_OF_RANGE = new RedisError("ERR offset is out of range");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        byte[] key = call.arg(1);
        long offset = call.longArg(2);
        byte[] piece = call.arg(3);
        if (offset < 0) {
            throw OFFSET_OUT_OF_RANGE;
        }
        byte[] old = call.db().getString(key, call.now());
        if (piece.length == 0) {
            return Reply.integer(old == null ? 0 : old.length);
        }
        RedisString.checkLength(offset, piece.length, StringLimit.of(call));
        byte[] value = RedisString.setRange(old, offset, piece);
        call.db().setKeepTtl(key, value);
        call.notifyKeyspaceEvent(NotifyType.STRING, "setrange", key);
        return Reply.integer(value.length);
    }
}
