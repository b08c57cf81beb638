package io.hexaredis.domain.keyspace;

/** The in-memory keyspace: an array of {@link Database}s, as Redis's {@code server.db}. */
public final class Databases implements Keyspace {

    private final Database[] dbs;
    private long dirty;
    private boolean masterControlsExpiry;
    private int lruClock;
    private KeyspaceListener listener = KeyspaceListener.NONE;
    private SnapshotGuard snapshotGuard;

    public Databases(int count) {
        dbs = new Database[count];
        for (int i = 0; i < count; i++) {
            dbs[i] = new Database(i, this);
        }
    }

    @Override
    public int databases() {
        return dbs.length;
    }

    @Override
    public Database db(int index) {
        return dbs[index];
    }

    @Override
    public long dirty() {
        return dirty;
    }

    @Override
    public void flushAll() {
        for (Database db : dbs) {
            db.clear();
        }
    }

    @Override
    public void swap(int a, int b) {
        dbs[a].swapContents(dbs[b]);
        dirty++;
        listener.databaseReplaced(dbs[a]);
        listener.databaseReplaced(dbs[b]);
    }

    @Override
    public long totalKeys() {
        long n = 0;
        for (Database db : dbs) {
            n += db.size();
        }
        return n;
    }

    @Override
    public boolean masterControlsExpiry() {
        return masterControlsExpiry;
    }

    @Override
    public void setMasterControlsExpiry(boolean value) {
        masterControlsExpiry = value;
    }

    @Override
    public void updateLruClock(long nowMillis) {
        lruClock = (int) (nowMillis / 1000);
    }

    /** The LRU clock in seconds; wraps around, so compare by subtracting. */
    int lruClock() {
        return lruClock;
    }

    @Override
    public void setListener(KeyspaceListener listener) {
        this.listener = listener;
    }

    @Override
    public void setSnapshotGuard(SnapshotGuard guard) {
        this.snapshotGuard = guard;
    }

    @Override
    public SnapshotGuard snapshotGuard() {
        return snapshotGuard;
    }

    void added(Database db, byte[] key) {
        listener.keyAdded(db, key);
    }

    void changed(Database db, byte[] key, long changes) {
        dirty += changes;
        listener.keyModified(db, key);
    }

    /*
     * An expired key is not a change: Redis does not count it in server.dirty, so a command that
     * only found expired keys is not propagated (the DEL of each key already was) and expiry alone
     * never triggers a save point.
     */
    void expired(Database db, byte[] key) {
        listener.keyExpired(db, key);
    }

    void flushed(Database db, long removed) {
        dirty += removed;
        listener.databaseReplaced(db);
    }
}
