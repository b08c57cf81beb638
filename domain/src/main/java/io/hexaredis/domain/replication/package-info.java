/**
 * The ReplicationLog port and the format of effects.
 *
 * <p>Every write a master executes leaves the server as an effect: a database index and the
 * command words that reproduce it deterministically (Redis's propagate() in server.c). The bytes
 * of an effect are the bytes a client would send (a RESP array of bulk strings), which is why the
 * AOF, the replication stream and a client request look the same, and why replication offsets are
 * byte counts. {@link io.hexaredis.domain.replication.EffectCodec} owns that format for both
 * persistence and replication. Redis: replication.c, aof.c.
 */
package io.hexaredis.domain.replication;
