package io.hexaredis.application.commands.keyspace;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.bytes.ByteStrings;
import io.hexaredis.domain.bytes.Numbers;
import io.hexaredis.domain.command.NotifyType;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;
import io.hexaredis.domain.keyspace.Database;
import io.hexaredis.domain.keyspace.KeyTable;
import java.nio.charset.StandardCharsets;

/**
 * EXPIRE, PEXPIRE, EXPIREAT and PEXPIREAT: set a key's time to live, relative or absolute, in
 * seconds or milliseconds, perhaps under a condition.
 *
 * <p>Redis: expireGenericCommand() in expire.c. In order:
 * <ol>
 *   <li>the conditions: NX (only if the key has no TTL), XX (only if it has one), GT (only if the
 *       new time is later), LT (only if earlier); a key without TTL counts as expiring never, so
 *       GT never applies to it and LT always does. NX excludes the others, GT excludes LT;
 *   <li>the time, an integer that may be negative; converting it to absolute milliseconds must
 *       not overflow ("ERR invalid expire time in 'expire' command");
 *   <li>a missing key, or an unmet condition: 0, nothing changes;
 *   <li>a time already past deletes the key on the spot (notified as "del", propagated as DEL);
 *   <li>otherwise the expiry is set, notified as "expire", and propagated as {@code PEXPIREAT key
 *       <unix-ms>} followed by the conditions as given, so a replica or an AOF replay expires the
 *       key at the same instant however late it runs the command.
 * </ol>
 * On a replica (the master controls expiry) a past time is stored rather than acted on: the key
 * then reads as missing until the master's DEL arrives.
 */
final class ExpireGeneric {

    private static final byte[] PEXPIREAT = ByteStrings.ascii("PEXPIREAT");
    private static final byte[] DEL = ByteStrings.ascii("DEL");
    static final RedisError NX_INCOMPATIBLE =
            new RedisError("ERR NX and XX, GT or LT options at the same time are not compatible");
    static final RedisError GT_LT_INCOMPATIBLE =
            new RedisError("ERR GT and LT options at the same time are not compatible");

    private ExpireGeneric() {}

    /**
     * @param basetime 0 for an absolute time (EXPIREAT, PEXPIREAT), the command's time otherwise
     * @param seconds whether the argument is in seconds (EXPIRE, EXPIREAT) rather than milliseconds
     */
    static Reply expire(Call call, long basetime, boolean seconds) {
        boolean nx = false;
        boolean xx = false;
        boolean gt = false;
        boolean lt = false;
        for (int i = 3; i < call.argc(); i++) {
            byte[] option = call.arg(i);
            if (ByteStrings.equalsIgnoreCase(option, "nx")) {
                nx = true;
            } else if (ByteStrings.equalsIgnoreCase(option, "xx")) {
                xx = true;
            } else if (ByteStrings.equalsIgnoreCase(option, "gt")) {
                gt = true;
            } else if (ByteStrings.equalsIgnoreCase(option, "lt")) {
                lt = true;
            } else {
                throw new RedisError("ERR Unsupported option " + new String(option, StandardCharsets.UTF_8));
            }
        }
        if (nx && (xx || gt || lt)) {
            throw NX_INCOMPATIBLE;
        }
        if (gt && lt) {
            throw GT_LT_INCOMPATIBLE;
        }

        long when = Numbers.parseLong(call.arg(2));
        if (seconds) {
            if (when > Long.MAX_VALUE / 1000 || when < Long.MIN_VALUE / 1000) {
                throw invalidExpireTime(call);
            }
            when *= 1000;
        }
        if (when > Long.MAX_VALUE - basetime) {
            throw invalidExpireTime(call);
        }
        when += basetime;

        byte[] key = call.arg(1);
        Database db = call.db();
        if (db.lookup(key, call.now()) == null) {
            return Reply.ZERO;
        }
        long current = db.expireAt(key);
        boolean hasTtl = current != KeyTable.NO_EXPIRY;
        if ((nx && hasTtl) || (xx && !hasTtl) || (gt && (!hasTtl || when <= current)) || (lt && hasTtl && when >= current)) {
            return Reply.ZERO;
        }

        if (when <= call.now() && !call.keyspace().masterControlsExpiry()) {
            db.delete(key, call.now());
            call.propagateAs(DEL, key);
            call.notifyKeyspaceEvent(NotifyType.GENERIC, "del", key);
            return Reply.ONE;
        }
        db.setExpire(key, when);
        call.propagateAs(asPexpireat(call, when, basetime != 0 || seconds));
        call.notifyKeyspaceEvent(NotifyType.GENERIC, "expire", key);
        return Reply.ONE;
    }

    /** The request rewritten as PEXPIREAT with the absolute time, the conditions kept as sent. */
    private static byte[][] asPexpireat(Call call, long when, boolean timeRewritten) {
        byte[][] argv = call.argv().clone();
        if (!ByteStrings.equalsIgnoreCase(argv[0], "pexpireat")) {
            argv[0] = PEXPIREAT;
        }
        if (timeRewritten) {
            argv[2] = Numbers.toBytes(when);
        }
        return argv;
    }

    private static RedisError invalidExpireTime(Call call) {
        return new RedisError("ERR invalid expire time in '" + ByteStrings.lowerAscii(call.arg(0)) + "' command");
    }
}
