package io.hexaredis.domain.replication;

/**
 * One write effect, in the deterministic form in which it leaves the server: the database it
 * applies to and the command words that reproduce it.
 *
 * <p>Redis: a redisOp of the also-propagate array (server.h), carried by propagateNow() to the AOF
 * and the replicas.
 */
public record Effect(int db, byte[][] argv) {}
