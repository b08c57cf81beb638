package io.hexaredis.application.commands.string;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.bytes.ByteStrings;
import io.hexaredis.domain.bytes.Numbers;
import io.hexaredis.domain.command.NotifyType;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.keyspace.Database;
import java.util.ArrayList;
import java.util.List;

/**
 * The body SET, SETNX, SETEX and PSETEX share.
 *
 * <p>In order: the expiry is validated (before anything is looked up, so a bad expiry is an error
 * even for a key of another type); with GET the old value is read, which fails with WRONGTYPE for
 * a non-string and then nothing is set; NX and XX decide whether to write; the value replaces any
 * previous value of any type, and its TTL unless KEEPTTL is given.
 *
 * <p>Propagation: a command with an expiry is propagated as {@code SET key value PXAT <ms>} with
 * the absolute time computed here, so that a replica or an AOF replayed later expires the key at
 * the same instant rather than "ten seconds after it read the command". With GET and no expiry the
 * GET words are dropped, since a replica has nobody to answer. Everything else replays as sent.
 *
 * <p>Redis: setGenericCommand() in t_string.c.
 */
final class SetGeneric {

    private static final byte[] SET = ByteStrings.ascii("SET");
    private static final byte[] PXAT = ByteStrings.ascii("PXAT");

    private SetGeneric() {}

    /**
     * Sets {@code key} to {@code value} under {@code args}; answers {@code ok} when written and
     * {@code aborted} when NX or XX prevented it, or the old value with GET. {@code command} names
     * the command in the invalid expire time error.
     */
    static Reply set(Call call, String command, ExtendedArguments args, byte[] key, byte[] value, Reply ok,
            Reply aborted) {
        long now = call.now();
        long expireAt = args.hasExpiry() ? args.expireAtMillis(now, command) : 0;
        Database db = call.db();
        byte[] old = args.get ? db.getString(key, now) : null;
        boolean found = db.exists(key, now);
        if ((args.nx && found) || (args.xx && !found)) {
            return args.get ? Reply.bulk(old) : aborted;
        }
        if (args.hasExpiry()) {
            db.set(key, value, expireAt);
        } else if (args.keepTtl) {
            db.setKeepTtl(key, value);
        } else {
            db.set(key, value);
        }
        call.notifyKeyspaceEvent(NotifyType.STRING, "set", key);
        if (args.hasExpiry()) {
            call.propagateAs(SET, key, value, PXAT, Numbers.toBytes(expireAt));
            call.notifyKeyspaceEvent(NotifyType.GENERIC, "expire", key);
        } else if (args.get) {
            call.propagateAs(withoutGet(call));
        }
        return args.get ? Reply.bulk(old) : ok;
    }

    /** The request without its GET words (which may be repeated), keeping key and value. */
    private static byte[][] withoutGet(Call call) {
        List<byte[]> kept = new ArrayList<>(call.argc());
        for (int j = 0; j < call.argc(); j++) {
            if (j < 3 || !ByteStrings.equalsIgnoreCase(call.arg(j), "GET")) {
                kept.add(call.arg(j));
            }
        }
        return kept.toArray(new byte[0][]);
    }
}
