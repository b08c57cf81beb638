package io.hexaredis.domain.zset;

import io.hexaredis.domain.bytes.ByteStrings;
import io.hexaredis.domain.error.RedisError;

/**
 * A range of members in byte order: the {@code min max} of ZRANGEBYLEX, ZLEXCOUNT and
 * ZREMRANGEBYLEX. Meaningful when all members have the same score, since the set is ordered by
 * score first.
 *
 * <p>Redis: zlexrangespec and zslParseLexRange() in t_zset.c. A bound is {@code [member}
 * (inclusive), {@code (member} (exclusive), {@code -} (below every string) or {@code +} (above
 * every string). Redis represents "-" and "+" by two shared objects compared by address; here they
 * are the two private arrays {@link #MIN_STRING} and {@link #MAX_STRING}, compared by identity.
 */
public final class LexRange {

    /** "ERR min or max not valid string range item", Redis 7.0. */
    public static final RedisError NOT_A_RANGE_ITEM = new RedisError("ERR min or max not valid string range item");

    private static final byte[] MIN_STRING = new byte[0]; // "-"
    private static final byte[] MAX_STRING = new byte[0]; // "+"

    private final byte[] min;
    private final boolean minExclusive;
    private final byte[] max;
    private final boolean maxExclusive;

    private LexRange(byte[] min, boolean minExclusive, byte[] max, boolean maxExclusive) {
        this.min = min;
        this.minExclusive = minExclusive;
        this.max = max;
        this.maxExclusive = maxExclusive;
    }

    /** Parses the two bounds, or throws {@link #NOT_A_RANGE_ITEM}. */
    public static LexRange parse(byte[] min, byte[] max) {
        byte[] lo = bound(min);
        byte[] hi = bound(max);
        return new LexRange(lo, exclusive(min), hi, exclusive(max));
    }

    private static byte[] bound(byte[] item) {
        if (item.length == 1 && item[0] == '-') {
            return MIN_STRING;
        }
        if (item.length == 1 && item[0] == '+') {
            return MAX_STRING;
        }
        if (item.length > 0 && (item[0] == '(' || item[0] == '[')) {
            return java.util.Arrays.copyOfRange(item, 1, item.length);
        }
        throw NOT_A_RANGE_ITEM;
    }

    private static boolean exclusive(byte[] item) {
        return item[0] == '(';
    }

    /** zslLexValueCmp(): the sentinels sort below and above every string. */
    static int compare(byte[] a, byte[] b) {
        if (a == b) {
            return 0;
        }
        if (a == MIN_STRING || b == MAX_STRING) {
            return -1;
        }
        if (a == MAX_STRING || b == MIN_STRING) {
            return 1;
        }
        return ByteStrings.compare(a, b);
    }

    /** True when no member can be inside. */
    public boolean isEmpty() {
        int c = compare(min, max);
        return c > 0 || (c == 0 && (minExclusive || maxExclusive));
    }

    /** zslLexValueGteMin(). */
    public boolean aboveMin(byte[] member) {
        int c = compare(member, min);
        return minExclusive ? c > 0 : c >= 0;
    }

    /** zslLexValueLteMax(). */
    public boolean belowMax(byte[] member) {
        int c = compare(member, max);
        return maxExclusive ? c < 0 : c <= 0;
    }

    public boolean contains(byte[] member) {
        return aboveMin(member) && belowMax(member);
    }

    /** {@link #aboveMin(byte[])} for the member stored at {@code buf[from, to)} (a listpack). */
    boolean aboveMin(byte[] buf, int from, int to) {
        int c = compareStored(buf, from, to, min);
        return minExclusive ? c > 0 : c >= 0;
    }

    /** {@link #belowMax(byte[])} for the member stored at {@code buf[from, to)}. */
    boolean belowMax(byte[] buf, int from, int to) {
        int c = compareStored(buf, from, to, max);
        return maxExclusive ? c < 0 : c <= 0;
    }

    private static int compareStored(byte[] buf, int from, int to, byte[] bound) {
        if (bound == MIN_STRING) {
            return 1;
        }
        if (bound == MAX_STRING) {
            return -1;
        }
        return java.util.Arrays.compareUnsigned(buf, from, to, bound, 0, bound.length);
    }
}
