package io.hexaredis.application.commands.string;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.bytes.Numbers;
import io.hexaredis.domain.command.NotifyType;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.string.RedisString;

/**
 * The body of INCR, DECR, INCRBY and DECRBY: reads the string as a 64-bit integer (a missing key is
 * 0), adds, and stores the decimal text back, keeping the TTL. WRONGTYPE for another type, "value
 * is not an integer or out of range" for a string that is not the canonical text of an integer,
 * "increment or decrement would overflow" past the 64-bit range; in each case nothing changes.
 * All four notify "incrby".
 *
 * <p>Redis: incrDecrCommand() in t_string.c.
 */
final class IncrDecr {

    private IncrDecr() {}

    static Reply incrBy(Call call, long increment) {
        byte[] key = call.arg(1);
        byte[] old = call.db().getString(key, call.now());
        long value = RedisString.incrBy(old, increment);
        call.db().setKeepTtl(key, Numbers.toBytes(value));
        call.notifyKeyspaceEvent(NotifyType.STRING, "incrby", key);
        return Reply.integer(value);
    }
}
