/**
 * The hash table that collections use for their large encodings, and the scan cursor.
 *
 * <p>Redis keeps every big hash, set and sorted-set index in a dict (dict.c): chained buckets in a
 * power-of-two array that grows and shrinks with its content. {@link io.hexaredis.domain.dict.Dict}
 * is that structure for binary-safe keys, with the reverse-binary cursor of dictScan() that lets
 * HSCAN, SSCAN and ZSCAN promise "every element present for the whole iteration is returned" while the
 * collection grows or shrinks between calls. {@link io.hexaredis.domain.dict.ScanCursor} and
 * {@link io.hexaredis.domain.dict.ScanOptions} read the cursor and the MATCH/COUNT options the way
 * scanGenericCommand() in db.c does, and {@link io.hexaredis.domain.dict.CollectionScan} runs the
 * steps of that function common to HSCAN, SSCAN and ZSCAN; {@link io.hexaredis.domain.dict.Sampling} picks distinct
 * elements at random for SRANDMEMBER, SPOP and HRANDFIELD.
 *
 * <p>The keyspace has its own table ({@code domain.keyspace.KeyTable}) because its entries also
 * carry expiry times, LRU clocks and a place in the index of volatile keys; {@code Dict} reuses its
 * scan cursor step.
 *
 * <p>Redis: dict.c, and the scan and random-selection parts of db.c and t_set.c.
 */
package io.hexaredis.domain.dict;
