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

    /** {@code key} in {@code db} reached its expiry time and was deleted (lazily or actively). */
    default void keyExpired(Database db, byte[] key) {}

    /** Every key of {@code db} was deleted (FLUSHDB, FLUSHALL) or replaced (SWAPDB). */
    default void databaseReplaced(Database db) {}
}
