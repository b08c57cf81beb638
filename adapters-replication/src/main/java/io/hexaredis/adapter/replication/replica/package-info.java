/**
 * The replica's link to its master: connect, handshake (PING, AUTH, REPLCONF, PSYNC), receive the
 * snapshot (length-prefixed or ended by a mark), then the stream, on a thread of its own with
 * blocking I/O. Every step is handed to the event loop through an Executor: this package never
 * touches the keyspace. Redis: the replica side of replication.c.
 */
package io.hexaredis.adapter.replication.replica;
