package io.hexaredis.domain.keyspace;

/** The in-memory keyspace: an array of {@link Database}s, as Redis's {@code server.db}. */
public final class Databases implements Keyspace {

    private final Database[] dbs;
    private long dirty;
    private boolean masterControlsExpiry;
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

    void changed(Database db, byte[] key, long changes) {
        dirty += changes;
        listener.keyModified(db, key);
    }

    void expired(Database db, byte[] key) {
        dirty++;
        listener.keyExpired(db, key);
    }

    void flushed(Database db, long removed) {
        dirty += removed;
        listener.databaseReplaced(db);
    }
}
