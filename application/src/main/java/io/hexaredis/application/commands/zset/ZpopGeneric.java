package io.hexaredis.application.commands.zset;

import io.hexaredis.application.blocking.Timeout;
import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.bytes.ByteStrings;
import io.hexaredis.domain.bytes.Numbers;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;
import io.hexaredis.domain.keyspace.ValueType;
import io.hexaredis.domain.zset.RedisSortedSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Popping the lowest or highest members: the part that ZPOPMIN, ZPOPMAX and ZMPOP run now, and
 * that BZPOPMIN, BZPOPMAX and BZMPOP run once a set is there to serve a blocked client.
 *
 * <p>Redis: genericZpopCommand() and the argument parsing of zmpopGenericCommand() in t_zset.c.
 * The reply shapes, which differ in ways clients rely on:
 * <pre>
 *   ZPOPMIN key            1) member 2) score                      (RESP2 and RESP3)
 *   ZPOPMIN key count      1) member 2) score 3) member ...        (RESP2)
 *                          1) 1) member 2) score  2) 1) ...        (RESP3: a pair per member)
 *   BZPOPMIN               1) key 2) member 3) score               (flat, with the key)
 *   ZMPOP / BZMPOP         1) key 2) 1) 1) member 2) score ...     (always nested)
 * </pre>
 * A pop notifies "zpopmin" or "zpopmax", then "del" when the set is emptied. The serving part
 * does not propagate by itself: ZPOPMIN and ZPOPMAX replicate as sent, while the others must be
 * rewritten into a ZPOPMIN or ZPOPMAX that a replica can replay without blocking, which is
 * {@link Rewrite}.
 */
final class ZpopGeneric {

    private ZpopGeneric() {}

    static final RedisError NUMKEYS = new RedisError("ERR numkeys should be greater than 0");
    static final RedisError COUNT = new RedisError("ERR count should be greater than 0");
    static final RedisError NOT_POSITIVE = new RedisError("ERR value is out of range, must be positive");

    private static final byte[] ZPOPMIN = ByteStrings.ascii("ZPOPMIN");
    private static final byte[] ZPOPMAX = ByteStrings.ascii("ZPOPMAX");

    /** How the pop is propagated to replicas and the AOF. */
    enum Rewrite {
        AS_SENT,      // ZPOPMIN, ZPOPMAX: the request itself
        WITH_COUNT,   // ZMPOP, BZMPOP: ZPOPMIN|ZPOPMAX key <members popped>
        WITHOUT_COUNT // BZPOPMIN, BZPOPMAX: ZPOPMIN|ZPOPMAX key
    }

    /**
     * Pops from the first key holding a sorted set, skipping missing keys; a key of another type
     * met before that answers WRONGTYPE.
     *
     * @param count       how many members, or -1 when the command has no count (one member)
     * @param emitKey     the reply names the key (BZPOPMIN, ZMPOP...)
     * @param nested      each member-score is its own two-element array
     * @param nilWhenNone nothing to pop answers a nil array (ZMPOP) rather than an empty one
     */
    static Reply pop(Call call, List<byte[]> keys, boolean max, long count, boolean emitKey, boolean nested,
            boolean nilWhenNone, Rewrite rewrite) {
        byte[] key = null;
        RedisSortedSet zset = null;
        for (byte[] k : keys) {
            zset = Zsets.lookup(call, k);
            if (zset != null) {
                key = k;
                break;
            }
        }
        if (zset == null) {
            return nilWhenNone ? Reply.NIL_ARRAY : Reply.EMPTY_ARRAY;
        }
        if (count == 0) {
            return Reply.EMPTY_ARRAY;
        }
        List<Reply> popped = new ArrayList<>();
        long n = zset.pop(max, count < 0 ? 1 : count, Zsets.withScores(nested, popped));
        Zsets.modified(call, key, zset, n, max ? "zpopmax" : "zpopmin");
        byte[] name = max ? ZPOPMAX : ZPOPMIN;
        switch (rewrite) {
            case WITH_COUNT -> call.propagateAs(name, key, Numbers.toBytes(n));
            case WITHOUT_COUNT -> call.propagateAs(name, key);
            default -> { }
        }
        if (!emitKey) {
            return Reply.array(popped);
        }
        if (nested) {
            return Reply.array(Reply.bulk(key), Reply.array(popped));
        }
        popped.add(0, Reply.bulk(key));
        return Reply.array(popped);
    }

    /** ZPOPMIN and ZPOPMAX: zpopMinMaxCommand(). */
    static Reply zpop(Call call, boolean max) {
        if (call.argc() > 3) {
            throw RedisError.SYNTAX;
        }
        long count = -1;
        if (call.argc() == 3) {
            count = Numbers.parseLongOr(call.arg(2), -1);
            if (count < 0) {
                throw NOT_POSITIVE;
            }
        }
        boolean nested = Zsets.resp3(call) && count != -1;
        return pop(call, List.of(call.arg(1)), max, count, false, nested, false, Rewrite.AS_SENT);
    }

    /** The parsed arguments of ZMPOP and BZMPOP: {@code numkeys key [key ...] MIN|MAX [COUNT count]}. */
    record Mpop(List<byte[]> keys, boolean max, long count) {}

    /** zmpopGenericCommand()'s parsing, with the numkeys argument at {@code numkeysIndex}. */
    static Mpop parseMpop(Call call, int numkeysIndex) {
        long numkeys = Numbers.parseLongOr(call.arg(numkeysIndex), 0);
        if (numkeys < 1) {
            throw NUMKEYS;
        }
        if (numkeys > call.argc() - numkeysIndex - 2) {
            throw RedisError.SYNTAX; // no room left for MIN|MAX
        }
        int whereIdx = numkeysIndex + (int) numkeys + 1;
        boolean max;
        if (ByteStrings.equalsIgnoreCase(call.arg(whereIdx), "min")) {
            max = false;
        } else if (ByteStrings.equalsIgnoreCase(call.arg(whereIdx), "max")) {
            max = true;
        } else {
            throw RedisError.SYNTAX;
        }
        long count = -1;
        for (int j = whereIdx + 1; j < call.argc(); j++) {
            boolean moreArgs = j < call.argc() - 1;
            if (count == -1 && ByteStrings.equalsIgnoreCase(call.arg(j), "count") && moreArgs) {
                j++;
                count = Numbers.parseLongOr(call.arg(j), 0);
                if (count < 1) {
                    throw COUNT;
                }
            } else {
                throw RedisError.SYNTAX;
            }
        }
        List<byte[]> keys = new ArrayList<>((int) numkeys);
        for (int i = 0; i < numkeys; i++) {
            keys.add(call.arg(numkeysIndex + 1 + i));
        }
        return new Mpop(keys, max, count == -1 ? 1 : count);
    }

    /** BZPOPMIN and BZPOPMAX: {@code key [key ...] timeout}, the timeout checked before the keys. */
    static Reply bzpop(Call call, boolean max) {
        long timeout = Timeout.parse(call.arg(call.argc() - 1), call.now());
        List<byte[]> keys = new ArrayList<>(call.argc() - 2);
        for (int j = 1; j < call.argc() - 1; j++) {
            keys.add(call.arg(j));
        }
        return blockingPop(call, keys, max, -1, timeout, false, Rewrite.WITHOUT_COUNT);
    }

    /** BZMPOP: {@code timeout numkeys key [key ...] MIN|MAX [COUNT count]}, the timeout checked last. */
    static Reply bzmpop(Call call) {
        Mpop args = parseMpop(call, 2);
        long timeout = Timeout.parse(call.arg(1), call.now());
        return blockingPop(call, args.keys(), args.max(), args.count(), timeout, true, Rewrite.WITH_COUNT);
    }

    /**
     * blockingGenericZpopCommand(): pops at once from the first key holding a sorted set (a key of
     * another type met before it is WRONGTYPE), else answers a nil array where the client may not
     * block (MULTI, scripts), else blocks on every key. A client served later pops the same way,
     * from the key that became ready (serveClientBlockedOnSortedSet() in blocked.c).
     */
    private static Reply blockingPop(Call call, List<byte[]> keys, boolean max, long count, long timeout,
            boolean nested, Rewrite rewrite) {
        for (byte[] key : keys) {
            if (Zsets.lookup(call, key) != null) {
                return pop(call, List.of(key), max, count, true, nested, true, rewrite);
            }
        }
        if (!call.mayBlock()) {
            return Reply.NIL_ARRAY;
        }
        return call.block(keys, ValueType.ZSET, timeout, Reply.NIL_ARRAY,
                (c, key) -> pop(c, List.of(key), max, count, true, nested, true, rewrite));
    }
}
