package io.hexaredis.domain.keyspace;

import io.hexaredis.domain.error.RedisError;
import io.hexaredis.domain.keyspace.KeyTable.Entry;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * One numbered database (SELECT 0..15): keys, their values and their expiry times.
 *
 * <p>Redis: struct redisDb and the low-level API of db.c (lookupKey, dbAdd, dbOverwrite, setKey,
 * dbDelete, setExpire, removeExpire, expireIfNeeded), plus the whole-key operations of RENAME, MOVE
 * and COPY. Commands call these; they never reach the hash table directly.
 *
 * <h2>Lazy expiry</h2>
 * Every lookup first checks the key's expiry time against the command's time ({@code now}, read
 * once per command, see {@code CommandContext.now()}). An expired key is deleted on the spot and
 * reported to the {@link KeyspaceListener}, which propagates a DEL to replicas and the AOF and
 * publishes the "expired" notification. On a replica the master owns expiry: an expired key reads
 * as missing but stays until the master's DEL arrives ({@link Keyspace#masterControlsExpiry}).
 * An expiry is not a change of the dataset (it does not move the change counter), so a command
 * that only met expired keys is not propagated itself.
 *
 * <h2>Access time</h2>
 * {@link #lookup} and every write record the key's last access on the keyspace's LRU clock, for
 * OBJECT IDLETIME and eviction; {@link #peek} looks without recording, for the commands that
 * inspect a key rather than use it (Redis's LOOKUP_NOTOUCH).
 *
 * <h2>Modifications</h2>
 * Every write through this API counts as a change (Redis's {@code server.dirty}, which decides
 * propagation and save points) and signals the key as modified (signalModifiedKey(), which
 * invalidates WATCH). A command that changes a collection value in place says so with
 * {@link #modified}.
 *
 * <p>Values are {@code byte[]} for strings and {@link RedisValue} for the other types.
 */
public final class Database {

    private final int id;
    private final Databases keyspace;
    private KeyTable keys = new KeyTable();

    Database(int id, Databases keyspace) {
        this.id = id;
        this.keyspace = keyspace;
    }

    public int id() {
        return id;
    }

    public int size() {
        return keys.size();
    }

    /** Keys with an expiry time (the "expires" count of INFO keyspace). */
    public int volatileSize() {
        return keys.volatileCount();
    }

    // ---- lookups (lookupKeyRead / lookupKeyWrite) ----

    /**
     * The live entry of {@code key}, or null if missing or expired; records the access for OBJECT
     * IDLETIME (lookupKey()).
     */
    public Entry lookup(byte[] key, long now) {
        Entry e = peek(key, now);
        if (e != null) {
            e.lru = keyspace.lruClock();
        }
        return e;
    }

    /**
     * Like {@link #lookup} but leaves the access time alone: Redis's LOOKUP_NOTOUCH, used by the
     * commands that look at a key without using its value (TYPE, EXISTS, TTL, OBJECT), so that
     * inspecting a key does not make it look recently used to eviction.
     */
    public Entry peek(byte[] key, long now) {
        Entry e = keys.find(key);
        if (e != null && e.expireAt != KeyTable.NO_EXPIRY && e.expireAt <= now) {
            if (keyspace.masterControlsExpiry()) {
                return null;
            }
            expire(e);
            return null;
        }
        return e;
    }

    /** The value of {@code key}, or null. */
    public Object get(byte[] key, long now) {
        Entry e = lookup(key, now);
        return e == null ? null : e.value;
    }

    /** The value of {@code key} if it is of {@code type}, null if missing; WRONGTYPE otherwise. */
    public <T> T get(byte[] key, Class<T> type, long now) {
        Entry e = lookup(key, now);
        if (e == null) {
            return null;
        }
        if (!type.isInstance(e.value)) {
            throw RedisError.WRONGTYPE;
        }
        return type.cast(e.value);
    }

    /** The string value of {@code key}, null if missing; WRONGTYPE for another type. */
    public byte[] getString(byte[] key, long now) {
        Entry e = lookup(key, now);
        if (e == null) {
            return null;
        }
        if (!(e.value instanceof byte[] s)) {
            throw RedisError.WRONGTYPE;
        }
        return s;
    }

    public boolean exists(byte[] key, long now) {
        return lookup(key, now) != null;
    }

    /** Unix ms at which the key expires, {@link KeyTable#NO_EXPIRY} if never; the key must be live. */
    public long expireAt(byte[] key) {
        Entry e = keys.find(key);
        return e == null ? KeyTable.NO_EXPIRY : e.expireAt;
    }

    // ---- writes ----

    /**
     * Stores {@code value} under {@code key}, replacing any value of any type and clearing any
     * expiry (Redis's setKey() without KEEPTTL).
     */
    public void set(byte[] key, Object value) {
        set(key, value, KeyTable.NO_EXPIRY);
    }

    /** Stores {@code value} with an absolute expiry time (or {@link KeyTable#NO_EXPIRY}). */
    public void set(byte[] key, Object value, long expireAt) {
        Entry e = put(key, value);
        keys.setExpire(e, expireAt);
        changed(key, 1);
    }

    /** Replaces the value of {@code key} keeping its expiry (SET KEEPTTL, APPEND, SETRANGE...). */
    public void setKeepTtl(byte[] key, Object value) {
        put(key, value);
        changed(key, 1);
    }

    /** Deletes {@code key}; true if it existed (dbDelete()). Expired keys count as missing. */
    public boolean delete(byte[] key, long now) {
        Entry e = lookup(key, now);
        if (e == null) {
            return false;
        }
        guard(key, e);
        keys.remove(key);
        changed(key, 1);
        return true;
    }

    /**
     * Deletes {@code key} as stored, even if its time has passed (dbDelete() called without a
     * lookup first): no "expired" is reported, so the caller's "del" covers the key either way.
     * Redis does this for the empty result of SINTERSTORE and friends and for the key RESTORE
     * REPLACE replaces. True if the key was stored.
     */
    public boolean deleteAsStored(byte[] key) {
        Entry e = keys.find(key);
        if (e == null) {
            return false;
        }
        guard(key, e);
        keys.remove(key);
        changed(key, 1);
        return true;
    }

    /** Sets the absolute expiry of an existing key (setExpire()); false if the key is missing. */
    public boolean setExpire(byte[] key, long at) {
        Entry e = keys.find(key);
        if (e == null) {
            return false;
        }
        guard(key, e);
        keys.setExpire(e, at);
        changed(key, 1);
        return true;
    }

    /** Removes the expiry of {@code key} (removeExpire()); true if it had one. */
    public boolean persist(byte[] key) {
        Entry e = keys.find(key);
        if (e == null || e.expireAt == KeyTable.NO_EXPIRY) {
            return false;
        }
        guard(key, e);
        keys.setExpire(e, KeyTable.NO_EXPIRY);
        changed(key, 1);
        return true;
    }

    /**
     * Gives the value and expiry of the live key {@code from} to {@code to}, replacing whatever
     * {@code to} held, and deletes {@code from} (RENAME). The value keeps its access time, as the
     * same object changes name in Redis. The caller has looked {@code from} up; the keys differ.
     * The old {@code to} is deleted before {@code to} is added, so {@code to} is always a new key.
     * Redis: renameGenericCommand() in db.c, with dbDelete(), dbAdd() and setExpire().
     */
    public void rename(byte[] from, byte[] to) {
        Entry source = keys.find(from);
        long expireAt = source.expireAt;
        guard(from, source);
        keys.remove(from);
        removeStored(to);
        Entry target = put(to, source.value);
        keys.setExpire(target, expireAt);
        target.lru = source.lru;
        changed(from, 1);
        changed(to, 0);
    }

    /**
     * Moves {@code key}, with its expiry, to database {@code target} (MOVE); false, and nothing
     * changes, when the key is missing here or already exists there. Both lookups apply lazy
     * expiry, each in its own database. Redis: moveCommand() in db.c.
     */
    public boolean move(byte[] key, Database target, long now) {
        Entry source = lookup(key, now);
        if (source == null || target.lookup(key, now) != null) {
            return false;
        }
        long expireAt = source.expireAt;
        guard(key, source);
        keys.remove(key);
        Entry moved = target.keys.add(key, source.value);
        keyspace.added(target, key);
        target.keys.setExpire(moved, expireAt);
        moved.lru = source.lru;
        changed(key, 1);
        target.changed(key, 0);
        return true;
    }

    /**
     * Stores a deep copy of the value of {@code from}, with its expiry, under {@code to} in
     * {@code target} (COPY); false when {@code from} is missing, or when {@code to} exists and
     * {@code replace} is false. Strings are copied as bytes, other types by
     * {@link RedisValue#copy()}. A replaced {@code to} is deleted first, so the copy is a new key.
     * Redis: copyCommand() in db.c.
     */
    public boolean copy(byte[] from, Database target, byte[] to, boolean replace, long now) {
        Entry source = lookup(from, now);
        if (source == null) {
            return false;
        }
        if (target.lookup(to, now) != null && !replace) {
            return false;
        }
        Object copy = source.value instanceof byte[] s ? s.clone() : ((RedisValue) source.value).copy();
        target.removeStored(to);
        target.set(to, copy, source.expireAt);
        return true;
    }

    /**
     * Records an in-place change of the value of {@code key} ({@code changes} counts toward save
     * points, as Redis adds the number of elements written to {@code server.dirty}). A collection
     * left empty is deleted: empty collections never remain in the keyspace.
     */
    public void modified(byte[] key, long changes) {
        Entry e = keys.find(key);
        if (e != null && e.value instanceof RedisValue v && v.size() == 0) {
            keys.remove(key);
        }
        changed(key, changes);
    }

    /**
     * Records a write of {@code changes} elements to the collection {@code value}, storing it under
     * {@code key} first if it is not there yet: the commands of t_hash.c and t_set.c look up or
     * create their collection, and one they created is added only once something is in it, so a
     * failing command never leaves an empty collection behind. The addition counts as one of the
     * changes.
     */
    public void written(byte[] key, RedisValue value, long changes, long now) {
        if (get(key, now) != value) {
            set(key, value);
            changes--;
        }
        if (changes > 0) {
            modified(key, changes);
        }
    }

    /** Deletes every key (FLUSHDB); returns how many there were. Redis: emptyData() for one db. */
    public long clear() {
        long removed = keys.size();
        keys = new KeyTable();
        keyspace.flushed(this, removed);
        return removed;
    }

    // ---- expiry, sampling and iteration ----

    /**
     * Deletes {@code e} if its time has passed (expireIfNeeded()); true if it did. Used by the
     * active expiry cycle on sampled entries.
     */
    public boolean expireIfNeeded(Entry e, long now) {
        if (e.expireAt == KeyTable.NO_EXPIRY || e.expireAt > now || keyspace.masterControlsExpiry()) {
            return false;
        }
        expire(e);
        return true;
    }

    /** A random key that has an expiry, or null. */
    public Entry randomVolatile(RandomGenerator random) {
        return keys.randomVolatile(random);
    }

    /**
     * A random live key (RANDOMKEY), or null when the database is empty. Expired keys met on the
     * way are deleted, so the search ends. On a replica they cannot be deleted: if every key has
     * an expiry (perhaps all in the past) it gives up after {@value #RANDOMKEY_REPLICA_TRIES} tries
     * and answers the last key seen rather than loop forever. Redis: dbRandomKey() in db.c.
     */
    public byte[] randomKey(long now, RandomGenerator random) {
        int tries = 0;
        while (keys.size() > 0) {
            Entry e = keys.random(random);
            if (!isExpired(e, now)) {
                return e.key;
            }
            if (keyspace.masterControlsExpiry()) {
                if (keys.volatileCount() == keys.size() && ++tries >= RANDOMKEY_REPLICA_TRIES) {
                    return e.key;
                }
            } else {
                expire(e);
            }
        }
        return null;
    }

    private static final int RANDOMKEY_REPLICA_TRIES = 100;

    /**
     * One step of SCAN: visits the entries of one bucket and returns the next cursor (0 at the
     * end). The visitor must not add or delete keys: SCAN collects the entries first and filters
     * them (and expires them) afterwards, as scanGenericCommand() does.
     */
    public long scan(long cursor, Consumer<Entry> visitor) {
        return keys.scan(cursor, visitor);
    }

    /**
     * Seconds since {@code e} was last read or written, on the LRU clock (OBJECT IDLETIME).
     * Redis: estimateObjectIdleTime() in evict.c.
     */
    public long idleSeconds(Entry e) {
        return Integer.toUnsignedLong(keyspace.lruClock() - e.lru);
    }

    /** Visits every entry, expired ones included; the visitor must not add or delete keys. */
    public void forEach(Consumer<Entry> visitor) {
        keys.forEach(visitor);
    }

    /** True when the entry's expiry time has passed at {@code now}. */
    public static boolean isExpired(Entry e, long now) {
        return e.expireAt != KeyTable.NO_EXPIRY && e.expireAt <= now;
    }

    void swapContents(Database other) {
        KeyTable t = keys;
        keys = other.keys;
        other.keys = t;
    }

    /** dbAdd() or dbOverwrite(): the entry of {@code key} now holding {@code value}, just used. */
    /**
     * Adds a key read from a snapshot (Redis's dbAddRDBLoad()): false, changing nothing, if the key
     * is already there. Nothing is watching a database being loaded, so no change is signalled
     * beyond the change count.
     */
    public boolean addLoaded(byte[] key, Object value, long expireAt) {
        Entry e = keys.addIfAbsent(key, value);
        if (e == null) {
            return false;
        }
        e.lru = keyspace.lruClock();
        if (expireAt != KeyTable.NO_EXPIRY) {
            keys.setExpire(e, expireAt);
        }
        return true;
    }

    /** Makes room for {@code n} more keys at once (the RESIZEDB hint of an RDB file). */
    public void reserve(long n) {
        keys.reserve(n);
    }

    private Entry put(byte[] key, Object value) {
        Entry e = keys.find(key);
        guard(key, e);
        if (e == null) {
            e = keys.add(key, value);
            keyspace.added(this, key);
        } else {
            e.value = value;
        }
        e.lru = keyspace.lruClock();
        return e;
    }

    /** Takes {@code key} out of the table, if there, as part of a change that counts elsewhere. */
    private void removeStored(byte[] key) {
        Entry e = keys.find(key);
        if (e != null) {
            guard(key, e);
            keys.remove(key);
        }
    }

    private void expire(Entry e) {
        guard(e.key, e);
        keys.remove(e.key);
        keyspace.expired(this, e.key);
    }

    /**
     * Announces that {@code key} is about to be changed in place: a background snapshot in progress
     * copies its value first (see {@link SnapshotGuard}). The dispatcher calls this for the keys
     * of every write command; code that changes a value outside a write command calls it itself.
     */
    public void beforeChange(byte[] key) {
        SnapshotGuard g = keyspace.snapshotGuard();
        if (g != null) {
            g.beforeChange(this, key, keys.find(key));
        }
    }

    private void guard(byte[] key, Entry e) {
        SnapshotGuard g = keyspace.snapshotGuard();
        if (g != null) {
            g.beforeChange(this, key, e);
        }
    }

    private void changed(byte[] key, long changes) {
        keyspace.changed(this, key, changes);
    }
}
