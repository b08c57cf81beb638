/**
 * Binary-safe strings and the small algorithms Redis runs on them.
 *
 * <p>Redis keeps keys and values in sds strings and compares them with memcmp: user data is bytes,
 * never text. This package holds {@link io.hexaredis.domain.bytes.Bytes} (a hashable wrapper for
 * members and fields), glob matching ({@link io.hexaredis.domain.bytes.Glob}, util.c's
 * stringmatchlen) and number parsing and formatting exactly as Redis does it
 * ({@link io.hexaredis.domain.bytes.Numbers}, util.c's string2ll, string2ld, ld2string and the %.17g
 * of addReplyDouble).
 */
package io.hexaredis.domain.bytes;
