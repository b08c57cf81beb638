package io.hexaredis.application.commands.keyspace;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.keyspace.KeyTable;

/**
 * TTL, PTTL, EXPIRETIME and PEXPIRETIME: when a key expires, relative or absolute, in seconds or
 * milliseconds.
 *
 * <p>Redis: ttlGenericCommand() in expire.c. -2 for a missing key, -1 for a key without expiry.
 * Seconds are rounded to the nearest (a TTL of 1.5 s reads 2), and a time already past (possible
 * only on a replica, where the master deletes keys) reads 0. Looking does not count as an access.
 */
final class TtlGeneric {

    private TtlGeneric() {}

    static Reply ttl(Call call, boolean milliseconds, boolean absolute) {
        KeyTable.Entry e = call.db().peek(call.arg(1), call.now());
        if (e == null) {
            return Reply.integer(-2);
        }
        if (e.expireAt() == KeyTable.NO_EXPIRY) {
            return Reply.integer(-1);
        }
        long ttl = Math.max(0, absolute ? e.expireAt() : e.expireAt() - call.now());
        // unsigned, so that the rounding of an expiry near Long.MAX_VALUE does not overflow (Redis 7.0 answers the same)
        return Reply.integer(milliseconds ? ttl : Long.divideUnsigned(ttl + 500, 1000));
    }
}
