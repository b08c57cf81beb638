/**
 * What crosses a socket of its own in replication.
 *
 * <p>A master needs nothing here: its replicas are ordinary client connections of the RESP
 * transport that sent PSYNC, and the stream reaches them through their output like any reply. A
 * replica, though, opens a connection of its own to its master and reads from it without end:
 * {@link io.hexaredis.adapter.replication.replica.MasterLink}, the replica's half of
 * replication.c's socket work (connectWithMaster, syncWithMaster, readSyncBulkPayload and the
 * master's read handler). The policy stays in application.replication.
 */
package io.hexaredis.adapter.replication;
