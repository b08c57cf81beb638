package io.hexaredis.domain.keyspace;

/**
 * The server's data: a fixed number of numbered databases (the {@code databases} setting, 16 by
 * default), and the counters shared by all of them.
 *
 * <p>Redis: the {@code server.db} array and {@code server.dirty}. This is the port through which
 * the application reaches the data; each {@link Database} offers lookups with lazy expiry, writes,
 * TTLs, sampling and scanning.
 */
public interface Keyspace {

    /** Number of databases; valid indexes are 0 to {@code databases() - 1}. */
    int databases();

    /** Database {@code index}; the caller has checked the range. */
    Database db(int index);

    /**
     * Changes since start (Redis's {@code server.dirty}): every write adds to it. The dispatcher
     * compares it before and after a command to know whether to propagate; save points compare
     * it with its value at the last save.
     */
    long dirty();

    /** Deletes every key of every database (FLUSHALL). */
    void flushAll();

    /** Exchanges the contents of two databases (SWAPDB). */
    void swap(int a, int b);

    /** Total number of keys in all databases. */
    long totalKeys();

    /**
     * True on a replica: keys whose time has passed read as missing but are not deleted, because
     * the master deletes them and sends the DEL (Redis: the master-controlled expiry of db.c).
     */
    boolean masterControlsExpiry();

    void setMasterControlsExpiry(boolean value);

    /**
     * Advances the clock that stamps every key's last access (Redis's {@code server.lruclock},
     * refreshed by serverCron): reads and writes record it in the key, OBJECT IDLETIME and
     * eviction compare it with the present one. Seconds resolution, like Redis's.
     */
    void updateLruClock(long nowMillis);

    /** Installs the listener the application uses for WATCH, expiry propagation and notifications. */
    void setListener(KeyspaceListener listener);

    /**
     * Installs (or, with null, removes) the guard told before every change of a key while a
     * background snapshot is written: the fork-less copy-on-write of BGSAVE and BGREWRITEAOF.
     */
    void setSnapshotGuard(SnapshotGuard guard);

    /** The installed snapshot guard, or null when no background snapshot is running. */
    SnapshotGuard snapshotGuard();
}
