/**
 * The sorted set commands: ZADD, ZRANGE and its family, ZPOPMIN, ZUNIONSTORE and the rest of
 * Redis's "sorted_set" group.
 *
 * <p>This is the "Commands" half of t_zset.c: each class parses its arguments in Redis's order
 * (so that a request with two mistakes gets Redis's error for the first), looks the key up, calls
 * the value type in {@code domain.zset}, notifies keyspace events and returns the reply. The
 * families share Redis's generic functions: {@code ZaddGeneric} (zaddGenericCommand),
 * {@code ZrangeGeneric} (zrangeGenericCommand), {@code ZremrangeGeneric}, {@code ZpopGeneric}
 * (genericZpopCommand, also meant for the blocking BZPOPMIN, BZPOPMAX and BZMPOP) and
 * {@code ZsetopGeneric} (zunionInterDiffGenericCommand).
 *
 * <p>Replies with scores follow Redis 7.0: a double reply (a bulk string in RESP2), and
 * member-score pairs flat in RESP2 but nested in RESP3. Writes propagate as sent, except ZMPOP,
 * which becomes ZPOPMIN or ZPOPMAX on the key it popped.
 */
package io.hexaredis.application.commands.zset;
