package io.hexaredis.domain.zset;

import io.hexaredis.domain.error.RedisError;

/**
 * A range of scores, each end inclusive or exclusive: the {@code min max} of ZRANGEBYSCORE,
 * ZCOUNT, ZREMRANGEBYSCORE and ZRANGE ... BYSCORE.
 *
 * <p>Redis: zrangespec and zslParseRange() in t_zset.c. A bound is a number, optionally prefixed
 * by '(' to exclude it; "-inf" and "+inf" are numbers like any other. {@code ZCOUNT key (1 5}
 * counts the scores {@code 1 < s <= 5}.
 */
public record ScoreRange(double min, boolean minExclusive, double max, boolean maxExclusive) {

    /** "ERR min or max is not a float", Redis 7.0. */
    public static final RedisError NOT_A_FLOAT = new RedisError("ERR min or max is not a float");

    /** Parses the two bounds, or throws {@link #NOT_A_FLOAT}. */
    public static ScoreRange parse(byte[] min, byte[] max) {
        boolean minEx = min.length > 0 && min[0] == '(';
        boolean maxEx = max.length > 0 && max[0] == '(';
        double lo = Scores.parseRangeBound(min, minEx ? 1 : 0);
        double hi = Scores.parseRangeBound(max, maxEx ? 1 : 0);
        if (Double.isNaN(lo) || Double.isNaN(hi)) {
            throw NOT_A_FLOAT;
        }
        return new ScoreRange(lo, minEx, hi, maxEx);
    }

    /** True when no score can be inside (min above max, or equal with an exclusive end). */
    public boolean isEmpty() {
        return min > max || (min == max && (minExclusive || maxExclusive));
    }

    /** zslValueGteMin(). */
    public boolean aboveMin(double score) {
        return minExclusive ? score > min : score >= min;
    }

    /** zslValueLteMax(). */
    public boolean belowMax(double score) {
        return maxExclusive ? score < max : score <= max;
    }

    public boolean contains(double score) {
        return aboveMin(score) && belowMax(score);
    }
}
