/**
 * Replication policy and memory: the master's stream of effects, its offset and backlog.
 *
 * <p>Redis: replication.c, the parts that do no I/O. {@link io.hexaredis.application.replication.Backlog}
 * implements the domain's ReplicationLog: it encodes each effect once, inserting SELECT when the
 * database changes, and counts the master replication offset in bytes. What crosses a socket lives
 * in the replication adapter.
 */
package io.hexaredis.application.replication;
