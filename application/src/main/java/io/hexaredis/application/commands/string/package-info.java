/**
 * The string commands: GET and SET with their options and variants (SETNX, SETEX, PSETEX, GETSET,
 * GETDEL, GETEX, MGET, MSET, MSETNX), the counters (INCR, DECR, INCRBY, DECRBY, INCRBYFLOAT), and
 * the commands on parts of a string (APPEND, STRLEN, GETRANGE/SUBSTR, SETRANGE, LCS).
 *
 * <p>Each command parses its options, looks the key up, calls the string operations of
 * {@code domain.string}, and says what to propagate when the request would not replay the same way
 * on a replica or from the AOF: a relative expiry becomes {@code SET ... PXAT} or
 * {@code PEXPIREAT}, INCRBYFLOAT becomes {@code SET ... KEEPTTL}, GETDEL becomes {@code DEL}. The
 * families share package-private bodies, as Redis does: {@link
 * io.hexaredis.application.commands.string.SetGeneric} (setGenericCommand), {@code IncrDecr}
 * (incrDecrCommand), {@code MsetGeneric} (msetGenericCommand), and {@code ExtendedArguments} for
 * the options SET and GETEX share.
 *
 * <p>Redis: the "Commands" half of t_string.c (Redis 7.0).
 */
package io.hexaredis.application.commands.string;
