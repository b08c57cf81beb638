/**
 * MULTI, EXEC, DISCARD, WATCH, UNWATCH: transactions.
 *
 * <p>Redis: multi.c. A transaction is a queue of requests run back to back by EXEC, on the one
 * thread that owns the keyspace, so no other client's command can run in between. There is no
 * rollback: a command that fails at run time reports its error inside EXEC's reply and the others
 * still run. WATCH adds optimistic locking (see {@code application.server.WatchedKeys}). The
 * queueing itself is a check of the dispatcher, like in processCommand().
 */
package io.hexaredis.application.commands.transaction;
