/**
 * The persistence ports: the RDB snapshot and the append-only file, as the rest of the server sees
 * them.
 *
 * <p>Redis keeps data on disk two ways. An RDB file (rdb.c) is a compact point-in-time image of
 * every database; SAVE writes it in the foreground, BGSAVE from a forked child. The append-only
 * file (aof.c) is the log of every write, in the same bytes clients send, replayed at start-up.
 * {@link io.hexaredis.domain.persistence.SnapshotStore} is the RDB format and file,
 * {@link io.hexaredis.domain.persistence.CommandJournal} the AOF; both are implemented in the
 * persistence adapter. The same snapshot writer serves SAVE, the AOF's RDB preamble, DUMP and
 * (through the replication adapter) a full resync, as Redis's rio abstraction lets rdb.c write to a
 * file, a socket or a buffer alike.
 *
 * <p>There is no fork() in Java, so the point-in-time image of a background save is made here:
 * {@link io.hexaredis.domain.persistence.PointInTimeImage} remembers the keys when the save begins
 * and, through the keyspace's {@link io.hexaredis.domain.keyspace.SnapshotGuard}, the old value of
 * any key the server changes before the writer thread reached it.
 */
package io.hexaredis.domain.persistence;
