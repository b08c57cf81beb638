/**
 * The set type: unordered collections of distinct binary-safe strings.
 *
 * <p>{@link io.hexaredis.domain.set.RedisSet} owns membership, adding and removing, scanning and
 * random selection, in Redis 7.0's two encodings: a sorted array of integers (<em>intset</em>)
 * while every member is an integer and there are at most {@code set-max-intset-entries} of them,
 * and a <em>hashtable</em> otherwise. Redis 7.0 has no listpack sets (7.2 added them).
 * {@link io.hexaredis.domain.set.SetAlgebra} computes intersections, unions and differences.
 *
 * <p>The commands that parse arguments and reply live in {@code application.commands.set}.
 *
 * <p>Redis: the "Set type API" half of t_set.c, sinterGenericCommand() and
 * sunionDiffGenericCommand(); intset.c for the compact encoding.
 */
package io.hexaredis.domain.set;
