/**
 * Replication policy and memory: the master's stream, its history and backlog, the replicas
 * attached to it, and the decisions of the PSYNC protocol.
 *
 * <p>Redis: replication.c, the parts that do no I/O. {@link io.hexaredis.application.replication.Backlog}
 * implements the domain's ReplicationLog: it encodes each effect once (with a SELECT when the
 * database changes), counts the replication offset in bytes, keeps the most recent bytes in a ring
 * for partial resynchronization, and decides between +CONTINUE and +FULLRESYNC.
 * {@link io.hexaredis.application.replication.Replicas} holds the replicas and feeds them the stream
 * through their connections' output. What crosses a socket of its own (a replica's link to its
 * master) lives in the replication adapter.
 */
package io.hexaredis.application.replication;
