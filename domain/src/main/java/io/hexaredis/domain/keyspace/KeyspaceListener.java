package io.hexaredis.domain.keyspace;

/**
 * Told by the keyspace about what happens to keys, so that the application can do what Redis does
 * at the same places: invalidate WATCH (signalModifiedKey() in db.c), propagate a DEL for a key
 * that expired (propagateDeletion() in db.c) and publish keyspace notifications.
 */
public interface KeyspaceListener {

    KeyspaceListener NONE = new KeyspaceListener() {};

    /** {@code key} in {@code db} was written, deleted or had its expiry changed. */
    default void keyModified(Database db, byte[] key) {}

    /**
     * {@code key} was added to {@code db}: it did not exist (or had expired) a moment ago. Redis
     * publishes the "new" keyspace event from dbAdd(); RENAME and COPY REPLACE delete the old
     * destination first, so their destination is always new. Keys loaded from a snapshot are not.
     */
    default void keyAdded(Database db, byte[] key) {}

    /** {@code key} in {@code db} reached its expiry time and was deleted (lazily or actively). */
    default void keyExpired(Database db, byte[] key) {}

    /** Every key of {@code db} was deleted (FLUSHDB, FLUSHALL) or replaced (SWAPDB). */
    default void databaseReplaced(Database db) {}
}
