/**
 * Replication's policy and memory, both roles: a master streaming its writes to replicas, and a
 * replica following its master. No socket of its own lives here.
 *
 * <p>Redis: replication.c, the parts that do no I/O. The tour:
 * <ul>
 *   <li>{@link io.hexaredis.application.replication.Backlog}: the stream (the domain's
 *       ReplicationLog), its history (replication ids, offsets in bytes) and the ring buffer of
 *       recent bytes that makes PSYNC's +CONTINUE possible;
 *   <li>{@link io.hexaredis.application.replication.Replicas} and {@link io.hexaredis.application.replication.Replica}:
 *       the replicas attached to this server, ordinary client connections that sent PSYNC, fed
 *       through their output like any reply;
 *   <li>{@link io.hexaredis.application.replication.FullSync}: the shared snapshot of a full
 *       resynchronization, taken by the persistence's background snapshot;
 *   <li>{@link io.hexaredis.application.replication.ReplicaState}: this server as a replica: REPLICAOF,
 *       the master client that applies the stream, the cached master for PSYNC after a cut;
 *   <li>{@link io.hexaredis.application.replication.WaitingClients}: WAIT;
 *   <li>{@link io.hexaredis.application.replication.Replication}: what the dispatcher, the commands,
 *       INFO, ROLE and the cron ask of all this.
 * </ul>
 * The replica's link to its master (a thread and a socket) is the replication adapter's
 * {@code MasterLink}, behind {@link io.hexaredis.application.replication.MasterConnector}.
 */
package io.hexaredis.application.replication;
