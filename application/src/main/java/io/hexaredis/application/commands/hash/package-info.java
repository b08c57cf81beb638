/**
 * The hash commands: HSET and HMSET, HSETNX, HGET, HMGET, HGETALL, HKEYS, HVALS, HDEL, HEXISTS,
 * HLEN, HSTRLEN, HINCRBY, HINCRBYFLOAT, HRANDFIELD and HSCAN.
 *
 * <p>Each command parses its arguments, looks the hash up (WRONGTYPE for a key of another type),
 * calls the operation of {@code domain.hash.RedisHash}, records the change and the keyspace event
 * ("hset", "hdel", "hincrby", "hincrbyfloat", and "del" when the last field goes), and replies.
 * The listpack limits ({@code hash-max-listpack-entries}, {@code hash-max-listpack-value}) are
 * read from the configuration here and handed to the domain as numbers. A hash is never left
 * empty in the keyspace.
 *
 * <p>Redis: the "Hash type commands" half of t_hash.c.
 */
package io.hexaredis.application.commands.hash;
