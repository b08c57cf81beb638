package io.hexaredis.domain.persistence;

import io.hexaredis.domain.keyspace.Database;
import io.hexaredis.domain.keyspace.KeyTable;
import io.hexaredis.domain.keyspace.Keyspace;
import io.hexaredis.domain.keyspace.RedisValue;
import io.hexaredis.domain.keyspace.SnapshotGuard;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The keyspace as it was at one instant, readable by a writer thread while the event loop goes on
 * changing the live keyspace: what fork() gives BGSAVE and BGREWRITEAOF in Redis.
 *
 * <p>How it works, in three steps.
 * <ol>
 *   <li>{@link #capture} (event-loop thread) lists the entries of every database, the way fork()
 *       copies page tables: it is proportional to the number of keys, but copies no key or value;
 *       and it installs this image as the keyspace's {@link SnapshotGuard}.
 *   <li>{@link #accept} (writer thread) visits the listed entries. From then on the event loop,
 *       before it changes a key, calls {@link #beforeChange}; the first time an entry is about to
 *       change, its value (a copy: collections change in place) and expiry are recorded, and the
 *       writer uses that record instead of the live entry. Like the kernel's copy-on-write, the
 *       cost is paid once per touched key, and only while a snapshot runs.
 *   <li>{@link #release} (event-loop thread) removes the guard and drops the records, once the
 *       writer is done (Redis: checkChildrenDone() in serverCron).
 * </ol>
 * Entries are recorded by identity, not by name, so FLUSHALL, SWAPDB, or a key deleted and then
 * created again cannot confuse the image: an entry created after the capture is simply not in it.
 *
 * <p>The one moment both threads look at the same live value is while the writer serializes an
 * entry that no write has touched yet. The writer then holds a claim on that entry, and a write to
 * that one key waits in {@link #beforeChange} until the writer has finished with it. Every other
 * key goes on changing freely.
 */
public final class PointInTimeImage implements KeyspaceImage, SnapshotGuard {

    private record Recorded(Object value, long expireAt) {}

    private record CapturedDb(int index, KeyTable.Entry[] entries, long expires) {}

    private final Keyspace keyspace;
    private final List<CapturedDb> dbs;
    private final long totalKeys;
    private final Object lock = new Object();
    private final Map<KeyTable.Entry, Recorded> recorded = new IdentityHashMap<>();
    private KeyTable.Entry claimed;
    private volatile boolean finished;
    private volatile long keysProcessed;
    private long copies;

    private PointInTimeImage(Keyspace keyspace, List<CapturedDb> dbs, long totalKeys) {
        this.keyspace = keyspace;
        this.dbs = dbs;
        this.totalKeys = totalKeys;
    }

    /** Takes the image of {@code keyspace} now and guards it; call on the event-loop thread. */
    public static PointInTimeImage capture(Keyspace keyspace) {
        if (keyspace.snapshotGuard() != null) {
            throw new IllegalStateException("a background snapshot is already running");
        }
        List<CapturedDb> dbs = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < keyspace.databases(); i++) {
            Database db = keyspace.db(i);
            if (db.size() == 0) {
                continue;
            }
            KeyTable.Entry[] entries = new KeyTable.Entry[db.size()];
            int[] n = {0};
            db.forEach(e -> entries[n[0]++] = e);
            dbs.add(new CapturedDb(i, entries, db.volatileSize()));
            total += entries.length;
        }
        PointInTimeImage image = new PointInTimeImage(keyspace, dbs, total);
        keyspace.setSnapshotGuard(image);
        return image;
    }

    @Override
    public void beforeChange(Database db, byte[] key, KeyTable.Entry current) {
        if (current == null || finished) {
            return;
        }
        synchronized (lock) {
            boolean interrupted = false;
            while (claimed == current) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            if (!recorded.containsKey(current)) {
                recorded.put(current, new Recorded(copyOf(current.value()), current.expireAt()));
                copies++;
            }
        }
    }

    @Override
    public void accept(Visitor visitor) throws IOException {
        try {
            for (CapturedDb db : dbs) {
                visitor.database(db.index(), db.entries().length, db.expires());
                for (KeyTable.Entry e : db.entries()) {
                    Recorded r;
                    synchronized (lock) {
                        r = recorded.get(e);
                        if (r == null) {
                            claimed = e;
                        }
                    }
                    if (r != null) {
                        visitor.entry(e.key(), r.value(), r.expireAt());
                    } else {
                        try {
                            visitor.entry(e.key(), e.value(), e.expireAt());
                        } finally {
                            synchronized (lock) {
                                claimed = null;
                                lock.notifyAll();
                            }
                        }
                    }
                    keysProcessed++;
                }
            }
        } finally {
            finished = true;
        }
    }

    /** Removes the guard and forgets the copies; call on the event-loop thread after the writer stopped. */
    public void release() {
        finished = true;
        if (keyspace.snapshotGuard() == this) {
            keyspace.setSnapshotGuard(null);
        }
        synchronized (lock) {
            recorded.clear();
        }
    }

    /** Keys in the image (INFO's current_save_keys_total). */
    public long totalKeys() {
        return totalKeys;
    }

    /** Keys the writer has visited so far (INFO's current_save_keys_processed). */
    public long keysProcessed() {
        return keysProcessed;
    }

    /** How many entries were copied because they changed during the snapshot. */
    public long copies() {
        synchronized (lock) {
            return copies;
        }
    }

    private static Object copyOf(Object value) {
        if (value instanceof byte[] s) {
            return s.clone();
        }
        return ((RedisValue) value).copy();
    }
}
