package io.hexaredis.application.commands.hash;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.NotifyType;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.hash.RedisHash;
import io.hexaredis.domain.keyspace.Database;
import java.util.ArrayList;
import java.util.List;

/**
 * What the hash commands share: the encoding limits read from the configuration, and the
 * bookkeeping after a write.
 *
 * <p>Redis: hashTypeLookupWriteOrCreate() and the dirty / signalModifiedKey() /
 * notifyKeyspaceEvent() epilogue of the t_hash.c commands. A hash a command creates is stored
 * only once something is in it, so a failing command never leaves an empty hash behind.
 */
final class Hashes {

    private Hashes() {}

    static long maxListpackEntries(Call call) {
        return call.server().config().getLong("hash-max-listpack-entries");
    }

    static long maxListpackValue(Call call) {
        return call.server().config().getLong("hash-max-listpack-value");
    }

    /** The hash at {@code key} for writing, or a new empty one (not yet stored) if missing. */
    static RedisHash lookupWriteOrCreate(Call call, byte[] key) {
        RedisHash hash = call.db().get(key, RedisHash.class, call.now());
        return hash == null ? new RedisHash() : hash;
    }

    /**
     * Records a write of {@code changes} elements (Redis adds them to {@code server.dirty}) to
     * {@code hash}, storing it first if it is new.
     */
    static void written(Call call, byte[] key, RedisHash hash, long changes) {
        Database db = call.db();
        if (db.get(key, call.now()) != hash) {
            db.set(key, hash);
            changes--;
        }
        if (changes > 0) {
            db.modified(key, changes);
        }
    }

    /**
     * Records that fields were deleted: the hash is removed if it became empty, with Redis's
     * "del" notification after the command's own event.
     */
    static void deleted(Call call, byte[] key, RedisHash hash, long deleted, String event) {
        call.db().modified(key, deleted);
        call.notifyKeyspaceEvent(NotifyType.HASH, event, key);
        if (hash.size() == 0) {
            call.notifyKeyspaceEvent(NotifyType.GENERIC, "del", key);
        }
    }

    /** A flat list of byte strings as bulk replies. */
    static List<Reply> bulks(List<byte[]> items) {
        List<Reply> out = new ArrayList<>(items.size());
        for (byte[] item : items) {
            out.add(Reply.bulk(item));
        }
        return out;
    }
}
