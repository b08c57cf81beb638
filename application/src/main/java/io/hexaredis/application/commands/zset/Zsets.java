package io.hexaredis.application.commands.zset;

import io.hexaredis.application.config.Config;
import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.NotifyType;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;
import io.hexaredis.domain.keyspace.Database;
import io.hexaredis.domain.set.RedisSet;
import io.hexaredis.domain.zset.ElementVisitor;
import io.hexaredis.domain.zset.ListpackLimits;
import io.hexaredis.domain.zset.RedisSortedSet;
import io.hexaredis.domain.zset.ZsetOperand;
import java.util.List;

/**
 * What the sorted set commands share: the encoding limits from the configuration, typed lookups,
 * the shapes of replies with scores, and storing a computed result.
 */
final class Zsets {

    private Zsets() {}

    static final String MAX_ENTRIES = "zset-max-listpack-entries";
    static final String MAX_VALUE = "zset-max-listpack-value";

    /** The last limits read, with the config texts they came from (CONFIG SET replaces the texts). */
    private record CachedLimits(String entries, String value, ListpackLimits limits) {}

    private static volatile CachedLimits cached = new CachedLimits("", "", ListpackLimits.DEFAULT);

    /** zset-max-listpack-entries and zset-max-listpack-value, as they are now. */
    static ListpackLimits limits(Call call) {
        Config config = call.server().config();
        String entries = config.get(MAX_ENTRIES);
        String value = config.get(MAX_VALUE);
        CachedLimits c = cached;
        if (!c.entries().equals(entries) || !c.value().equals(value)) {
            c = new CachedLimits(entries, value, new ListpackLimits(Long.parseLong(entries), Long.parseLong(value)));
            cached = c;
        }
        return c.limits();
    }

    /** The sorted set at {@code key}, null if missing, WRONGTYPE if another type. */
    static RedisSortedSet lookup(Call call, byte[] key) {
        return call.db().get(key, RedisSortedSet.class, call.now());
    }

    /**
     * An input of ZUNION and friends: a sorted set, a set (every member scoring 1), or nothing for
     * a missing key; WRONGTYPE for anything else.
     */
    static ZsetOperand operand(Call call, byte[] key) {
        Object value = call.db().get(key, call.now());
        if (value == null) {
            return ZsetOperand.EMPTY;
        }
        if (value instanceof RedisSortedSet zset) {
            return zset;
        }
        if (value instanceof RedisSet set) {
            return new SetOperand(set);
        }
        throw RedisError.WRONGTYPE;
    }

    /** True when the client speaks RESP3, where scores are doubles and pairs are nested. */
    static boolean resp3(Call call) {
        return call.session().protocol() > 2;
    }

    /**
     * Appends each member with its score to {@code out}: side by side in RESP2 (a flat array of
     * member, score, member, score), as a two-element array per member in RESP3. Redis 7.0 replies
     * this way to every WITHSCORES and to the pops that return several members.
     */
    static ElementVisitor withScores(boolean nested, List<Reply> out) {
        if (nested) {
            return (member, score) -> out.add(Reply.array(Reply.bulk(member), Reply.doubleValue(score)));
        }
        return (member, score) -> {
            out.add(Reply.bulk(member));
            out.add(Reply.doubleValue(score));
        };
    }

    static ElementVisitor membersOnly(List<Reply> out) {
        return (member, score) -> out.add(Reply.bulk(member));
    }

    /**
     * Stores the result of a STORE command (ZUNIONSTORE, ZRANGESTORE...) at {@code dst} and returns
     * its size: a non-empty result replaces whatever was there, TTL included, and fires
     * {@code event}; an empty one deletes the destination, firing "del" if it existed. As in Redis,
     * a destination whose time has passed is reported "expired" before a result replaces it
     * (setKey() looks it up), but deleted as plain "del" by an empty result (dbDelete() does not).
     */
    static long store(Call call, byte[] dst, RedisSortedSet result, String event) {
        Database db = call.db();
        if (result.size() > 0) {
            result.convertToListpackIfNeeded(limits(call));
            db.exists(dst, call.now());
            db.set(dst, result);
            call.notifyKeyspaceEvent(NotifyType.ZSET, event, dst);
        } else if (db.deleteAsStored(dst)) {
            call.notifyKeyspaceEvent(NotifyType.GENERIC, "del", dst);
        }
        return result.size();
    }

    /**
     * Records that {@code changes} elements of the set at {@code key} changed in place, after
     * {@code event} was notified; a set left empty is deleted with a "del" notification, as Redis
     * does right after the command's own event.
     */
    static void modified(Call call, byte[] key, RedisSortedSet zset, long changes, String event) {
        call.notifyKeyspaceEvent(NotifyType.ZSET, event, key);
        boolean emptied = zset.size() == 0;
        call.db().modified(key, changes);
        if (emptied) {
            call.notifyKeyspaceEvent(NotifyType.GENERIC, "del", key);
        }
    }
}
