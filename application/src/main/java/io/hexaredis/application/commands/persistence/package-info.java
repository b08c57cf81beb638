/**
 * The persistence commands: SAVE, BGSAVE and BGREWRITEAOF (the server group's persistence half;
 * LASTSAVE reads the server state and lives with the server commands), and DUMP and RESTORE (the
 * generic group's serialized values).
 *
 * <p>Redis: saveCommand() and bgsaveCommand() in rdb.c, bgrewriteaofCommand() in aof.c,
 * dumpCommand() and restoreCommand() in cluster.c. The commands
 * parse and reply; the decisions and the state live in
 * {@link io.hexaredis.application.persistence.Persistence}, and the byte formats in the
 * persistence adapter behind the SnapshotStore port.
 */
package io.hexaredis.application.commands.persistence;
