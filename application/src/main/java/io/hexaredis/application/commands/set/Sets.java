package io.hexaredis.application.commands.set;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.NotifyType;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.set.RedisSet;
import java.util.ArrayList;
import java.util.List;

/**
 * What the set commands share: the intset limit read from the configuration, the bookkeeping
 * after a write, and the shape of replies.
 *
 * <p>Redis: the dirty / signalModifiedKey() / notifyKeyspaceEvent() epilogue of the t_set.c
 * commands. A set a command creates is stored only once something is in it ({@code
 * Database.written}, shared with the hash commands), so a failing command never leaves an empty
 * set behind.
 */
final class Sets {

    private Sets() {}

    static long maxIntsetEntries(Call call) {
        return call.server().config().getLong("set-max-intset-entries");
    }

    /**
     * Records that members were removed: the set is deleted if it became empty, with Redis's
     * "del" notification after the command's own event.
     */
    static void removed(Call call, byte[] key, RedisSet set, long removed, String event) {
        call.db().modified(key, removed);
        call.notifyKeyspaceEvent(NotifyType.SET, event, key);
        if (set.size() == 0) {
            call.notifyKeyspaceEvent(NotifyType.GENERIC, "del", key);
        }
    }

    /** Members as a set reply: a RESP3 set, an array in RESP2. */
    static Reply setReply(List<byte[]> members) {
        return Reply.set(bulks(members));
    }

    private static List<Reply> bulks(List<byte[]> items) {
        List<Reply> out = new ArrayList<>(items.size());
        for (byte[] item : items) {
            out.add(Reply.bulk(item));
        }
        return out;
    }

    /** The sets at argv[from..to), null for missing keys; WRONGTYPE if any has another type. */
    static List<RedisSet> lookupAll(Call call, int from, int to) {
        List<RedisSet> sets = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            sets.add(call.db().get(call.arg(i), RedisSet.class, call.now()));
        }
        return sets;
    }

    /**
     * Stores a computed set at {@code key} (replacing any value and TTL), or deletes the key when it
     * is empty. The two paths treat a destination whose time has passed differently, as Redis's
     * do: storing goes through setKey(), whose lookup reports the old key "expired" first; the
     * empty result calls dbDelete() directly, so the old key is reported as "del" only.
     */
    static Reply store(Call call, byte[] key, RedisSet result, String event) {
        if (result.size() > 0) {
            call.db().exists(key, call.now());
            call.db().set(key, result);
            call.notifyKeyspaceEvent(NotifyType.SET, event, key);
            return Reply.integer(result.size());
        }
        if (call.db().deleteAsStored(key)) {
            call.notifyKeyspaceEvent(NotifyType.GENERIC, "del", key);
        }
        return Reply.ZERO;
    }
}
