package io.hexaredis.domain.keyspace;

/**
 * Told before a key changes while a background snapshot is being written, so that the snapshot
 * can keep the key as it was when the snapshot began.
 *
 * <p>Redis gets a point-in-time image for free: BGSAVE and BGREWRITEAOF fork(), and the kernel
 * copies a memory page the first time the parent writes to it after the fork. A JVM cannot fork,
 * so the keyspace asks for the same favour explicitly: while a guard is installed
 * ({@link Keyspace#setSnapshotGuard}), every change to a key is preceded by a call to
 * {@link #beforeChange} with the key's current entry, and the guard copies the entry's value and
 * expiry the first time it sees that entry. The writer thread then uses the copy instead of the
 * live value.
 *
 * <p>Who calls it: {@link Database} before each of its writes (set, delete, expiry changes, lazy
 * and active expiry), and the dispatcher before it runs a write command, once for each key the
 * command names, because collection values are changed in place by the command before the
 * database hears of it. Code that changes a value in place outside a write command must call
 * {@link Database#beforeChange} first.
 *
 * <p>Runs on the event-loop thread; the guard is responsible for its own synchronization with
 * the writer thread.
 */
public interface SnapshotGuard {

    /**
     * {@code key} of {@code db} is about to change; {@code current} is its entry (null when the
     * key does not exist, in which case there is nothing to preserve).
     */
    void beforeChange(Database db, byte[] key, KeyTable.Entry current);
}
