/**
 * The hash type: fields mapped to values, both binary-safe strings.
 *
 * <p>{@link io.hexaredis.domain.hash.RedisHash} owns the operations the HSET family needs (get,
 * set, delete, increment by an integer or a long double, scan, random fields) and its two
 * encodings: a compact <em>listpack</em> (fields and values side by side in one flat array) while
 * the hash is small, and a <em>hashtable</em> once it holds more than
 * {@code hash-max-listpack-entries} fields or a string longer than {@code hash-max-listpack-value}
 * bytes. The conversion is one way. OBJECT ENCODING reports which one a hash uses.
 *
 * <p>The commands that parse arguments and reply live in {@code application.commands.hash}.
 *
 * <p>Redis: the "Hash type API" half of t_hash.c; listpack.c for the compact layout.
 */
package io.hexaredis.domain.hash;
