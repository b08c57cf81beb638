/**
 * Sorted sets: members ordered by a double score, then by their bytes.
 *
 * <p>This is the "API" half of Redis's t_zset.c: the value type ({@link
 * io.hexaredis.domain.zset.RedisSortedSet}) and its two encodings. A small set is one compact,
 * ordered run of members and scores ({@code ZsetListpack}, Redis's listpack); past
 * zset-max-listpack-entries members or zset-max-listpack-value bytes it becomes a skip list with
 * span counters, for O(log N) ranks ({@code ZSkipList}, Redis's zskiplist), plus a hash table from
 * member to node for O(1) scores ({@code domain.dict.Dict}, Redis's dict). Score and lexicographic ranges
 * with their Redis syntax, the strtod() rules for reading scores, and the arithmetic of
 * ZUNION/ZINTER/ZDIFF live here too.
 *
 * <p>What does not live here: parsing command options, replies, propagation and notifications.
 * Those are the "Commands" half of t_zset.c, in {@code application.commands.zset}.
 */
package io.hexaredis.domain.zset;
