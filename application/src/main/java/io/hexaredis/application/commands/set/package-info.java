/**
 * The set commands: SADD, SREM, SMEMBERS, SISMEMBER, SMISMEMBER, SCARD, SPOP, SRANDMEMBER, SMOVE,
 * SINTER, SINTERCARD, SINTERSTORE, SUNION, SUNIONSTORE, SDIFF, SDIFFSTORE and SSCAN.
 *
 * <p>Each command parses its arguments, looks the sets up (WRONGTYPE for a key of another type),
 * calls {@code domain.set.RedisSet} or {@code domain.set.SetAlgebra}, records the change and the
 * keyspace events ("sadd", "srem", "spop", "sinterstore", "sunionstore", "sdiffstore", and "del"
 * when a set disappears), and replies: whole sets as RESP3 sets, random picks as arrays. The
 * intset limit ({@code set-max-intset-entries}) is read from the configuration here and handed to
 * the domain as a number. A set is never left empty in the keyspace.
 *
 * <p>SPOP is the one command here whose request is not what is propagated: it becomes SREMs of
 * the members actually removed (or a DEL), so replicas and the AOF lose the same members.
 *
 * <p>Redis: the "Set commands" half of t_set.c.
 */
package io.hexaredis.application.commands.set;
