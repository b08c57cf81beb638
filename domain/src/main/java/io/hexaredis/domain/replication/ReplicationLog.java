package io.hexaredis.domain.replication;

/**
 * The ordered stream of write effects with byte offsets: what the master executed, in the order
 * it executed it, as the bytes replicas receive.
 *
 * <p>Redis: the replication backlog and {@code master_repl_offset} of replication.c. The master
 * appends every effect here; the backlog keeps the most recent bytes for partial resynchronization,
 * connected replicas are fed from it, and WAIT compares their acknowledged offsets with
 * {@link #offset()}.
 */
public interface ReplicationLog {

    /** Appends one effect (preceded by a SELECT when its database differs from the previous one). */
    void append(Effect effect);

    /** The offset after the last byte appended (Redis's {@code master_repl_offset}). */
    long offset();
}
