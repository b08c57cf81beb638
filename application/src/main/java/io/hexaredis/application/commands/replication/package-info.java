/**
 * The replication commands: the ones a replica sends its master (REPLCONF, PSYNC, SYNC), the ones
 * an operator or Sentinel sends (REPLICAOF and its old name SLAVEOF, ROLE), and WAIT.
 *
 * <p>Redis: the command halves of replication.c (replicaofCommand, replconfCommand, syncCommand,
 * roleCommand, waitCommand). The policy they call lives in application.replication; the commands
 * only parse and reply, as everywhere.
 */
package io.hexaredis.application.commands.replication;
