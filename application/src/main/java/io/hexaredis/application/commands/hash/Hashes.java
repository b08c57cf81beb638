package io.hexaredis.application.commands.hash;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.NotifyType;
import io.hexaredis.domain.hash.RedisHash;

/**
 * What the hash commands share: the encoding limits read from the configuration, and the
 * bookkeeping after a write.
 *
 * <p>Redis: hashTypeLookupWriteOrCreate() and the dirty / signalModifiedKey() /
 * notifyKeyspaceEvent() epilogue of the t_hash.c commands. A hash a command creates is stored
 * only once something is in it ({@code Database.written}, shared with the set commands), so a
 * failing command never leaves an empty hash behind.
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
}
