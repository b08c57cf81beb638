/**
 * Strings: the type every key starts with, binary-safe byte sequences of up to proto-max-bulk-len
 * bytes (512 MB by default).
 *
 * <p>A string value is a plain {@code byte[]} in the keyspace; it has no wrapper class, so the
 * operations live as static functions in {@link io.hexaredis.domain.string.RedisString}: integer
 * arithmetic with overflow detection (INCR), long double arithmetic with Redis's exact text
 * (INCRBYFLOAT, emulated by {@code LongDouble}), APPEND and SETRANGE with the length limit,
 * GETRANGE's index rules, and the encoding OBJECT ENCODING reports. {@link
 * io.hexaredis.domain.string.Lcs} is the longest-common-subsequence algorithm of LCS.
 *
 * <p>Option parsing, expiry, propagation and replies are the command half, in
 * {@code application.commands.string}.
 *
 * <p>Redis: the "API" half of t_string.c, plus string2ld()/ld2string() in util.c and
 * tryObjectEncoding() in object.c.
 */
package io.hexaredis.domain.string;
