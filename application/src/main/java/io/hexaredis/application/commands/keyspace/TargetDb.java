package io.hexaredis.application.commands.keyspace;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.bytes.Numbers;
import io.hexaredis.domain.error.RedisError;
import io.hexaredis.domain.keyspace.Database;

/**
 * The database argument of MOVE, COPY ... DB and SWAPDB: an int, then a valid index.
 *
 * <p>Redis reads it with getIntFromObjectOrReply() (a 64-bit integer that must also fit in an int,
 * each failure with its own error unless the command gives one message for both) and then checks
 * the range with selectDb().
 */
final class TargetDb {

    static final RedisError OUT_OF_INT_RANGE =
            new RedisError("ERR value is out of range, value must between -2147483648 and 2147483647");
    static final RedisError SAME_OBJECT = new RedisError("ERR source and destination objects are the same"); // shared.sameobjecterr

    private TargetDb() {}

    /** The argument as an int, with getIntFromObjectOrReply()'s errors. */
    static int parseInt(byte[] arg) {
        long value = Numbers.parseLong(arg);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw OUT_OF_INT_RANGE;
        }
        return (int) value;
    }

    /** The argument as an int, or {@code error} whatever is wrong with it (SWAPDB's way). */
    static int parseInt(byte[] arg, RedisError error) {
        long value = Numbers.parseLongOr(arg, Long.MIN_VALUE);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw error;
        }
        return (int) value;
    }

    /** True when {@code index} names one of the server's databases. */
    static boolean exists(Call call, int index) {
        return index >= 0 && index < call.keyspace().databases();
    }

    /** The database named by {@code arg}, or the errors of MOVE and COPY. */
    static Database resolve(Call call, byte[] arg) {
        int index = parseInt(arg);
        if (!exists(call, index)) {
            throw RedisError.DB_INDEX_OUT_OF_RANGE;
        }
        return call.keyspace().db(index);
    }
}
