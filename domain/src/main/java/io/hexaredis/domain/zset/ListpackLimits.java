package io.hexaredis.domain.zset;

/**
 * How large a sorted set may grow and keep its compact encoding: the zset-max-listpack-entries
 * (128) and zset-max-listpack-value (64 bytes) parameters of redis.conf, read by the commands from
 * the configuration and handed to the operations that may convert.
 *
 * <p>A set converts to the skip list when an insertion would make it hold more than
 * {@code maxEntries} members or a member longer than {@code maxValue} bytes, and never converts
 * back, except that the results of ZUNIONSTORE, ZINTERSTORE, ZDIFFSTORE and ZRANGESTORE are stored
 * compact when they fit (Redis: zsetConvertToListpackIfNeeded()).
 */
public record ListpackLimits(long maxEntries, long maxValue) {

    /** Redis 7.0's defaults. */
    public static final ListpackLimits DEFAULT = new ListpackLimits(128, 64);

    boolean fits(long entries, long longestMember) {
        return entries <= maxEntries && longestMember <= maxValue;
    }
}
