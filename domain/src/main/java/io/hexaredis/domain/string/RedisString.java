package io.hexaredis.domain.string;

import io.hexaredis.domain.bytes.Numbers;
import io.hexaredis.domain.error.RedisError;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The operations of the string type on stored values.
 *
 * <p>A string is stored in the keyspace as a plain {@code byte[]}: binary-safe, up to
 * proto-max-bulk-len bytes long, and read as a number only by the commands that want one. Stored
 * arrays are never changed in place (a reply or a queued MULTI reply may still hold them): every
 * operation here that "modifies" a string returns a new array, and the caller stores it.
 *
 * <p>Redis: the "API" half of t_string.c (checkStringLength, the arithmetic of incrDecrCommand and
 * incrbyfloatCommand, the index arithmetic of getrangeCommand and setrangeCommand), and
 * tryObjectEncoding() in object.c for the encoding OBJECT ENCODING reports. Redis keeps small
 * integers as machine words (the "int" encoding); here every string is bytes, and the number is
 * parsed when a command needs it.
 */
public final class RedisString {

    private RedisString() {}

    /** OBJ_ENCODING_EMBSTR_SIZE_LIMIT in object.c (Redis 7.0): longer strings are "raw". */
    public static final int EMBSTR_SIZE_LIMIT = 44;

    /** The longest array the JVM allocates; strings cannot grow past it whatever the configuration. */
    static final long MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

    public static final RedisError NAN_OR_INFINITY = new RedisError("ERR increment would produce NaN or Infinity");

    /**
     * The encoding OBJECT ENCODING reports for a value stored by SET (tryObjectEncoding()):
     * "int" for the canonical text of a 64-bit integer, "embstr" up to 44 bytes, "raw" beyond.
     */
    public static String encoding(byte[] value) {
        if (value.length <= Numbers.MAX_LONG_CHARS && Numbers.isLong(value)) {
            return "int";
        }
        return value.length <= EMBSTR_SIZE_LIMIT ? "embstr" : "raw";
    }

    /**
     * Redis's checkStringLength(): a string of {@code size} bytes growing by {@code append} must
     * stay within {@code maxLength} (proto-max-bulk-len), or "string exceeds maximum allowed size".
     * Overflowing sums count as too long.
     */
    public static void checkLength(long size, long append, long maxLength) {
        long total = size + append;
        if (total < size || total < append || total > Math.min(maxLength, MAX_ARRAY_LENGTH)) {
            throw RedisError.STRING_TOO_LONG;
        }
    }

    /**
     * The value as a 64-bit integer for INCR and friends: a missing value is 0, and only the
     * canonical decimal text counts ("01", " 1", "1.0" and "-0" do not).
     */
    public static long toLong(byte[] value) {
        return value == null ? 0 : Numbers.parseLong(value);
    }

    /**
     * The value plus {@code increment} (incrDecrCommand()): "not an integer" for a non-numeric
     * value, "increment or decrement would overflow" past the 64-bit range.
     */
    public static long incrBy(byte[] value, long increment) {
        long current = toLong(value);
        long result = current + increment;
        if (((current ^ result) & (increment ^ result)) < 0) {
            throw RedisError.OVERFLOW;
        }
        return result;
    }

    /**
     * The text INCRBYFLOAT stores for value plus increment: both read as long doubles (a missing
     * value is 0), added with long double rounding, and printed as {@code %.17Lf} without trailing
     * zeros. "not a valid float" when either is not a number, "would produce NaN or Infinity" when
     * the sum is not finite. HINCRBYFLOAT does the same with a hash field.
     *
     * <p>Redis: incrbyfloatCommand() in t_string.c, string2ld() and ld2string() in util.c.
     */
    public static byte[] incrByFloat(byte[] value, byte[] increment) {
        LongDouble current = value == null ? LongDouble.ZERO : LongDouble.parse(value);
        LongDouble by = current == null ? null : LongDouble.parse(increment);
        if (current == null || by == null) {
            throw RedisError.NOT_A_FLOAT;
        }
        LongDouble sum = current.add(by);
        if (sum.isInfinite()) {
            throw NAN_OR_INFINITY;
        }
        return Numbers.formatHumanFriendly(sum.toBigDecimal()).getBytes(StandardCharsets.US_ASCII);
    }

    /** APPEND: a new array holding {@code value} then {@code tail}, within {@code maxLength}. */
    public static byte[] append(byte[] value, byte[] tail, long maxLength) {
        checkLength(value.length, tail.length, maxLength);
        byte[] joined = Arrays.copyOf(value, value.length + tail.length);
        System.arraycopy(tail, 0, joined, value.length, tail.length);
        return joined;
    }

    /**
     * SETRANGE: a new array with {@code piece} written at {@code offset} over {@code value} (null
     * for a missing key), zero-padded when the offset lies past the end. The caller has refused
     * negative offsets and checked the length with {@link #checkLength}.
     */
    public static byte[] setRange(byte[] value, long offset, byte[] piece) {
        byte[] old = value == null ? new byte[0] : value;
        int end = Math.toIntExact(offset + piece.length);
        byte[] result = Arrays.copyOf(old, Math.max(old.length, end));
        System.arraycopy(piece, 0, result, (int) offset, piece.length);
        return result;
    }

    /**
     * GETRANGE: the bytes from {@code start} to {@code end}, both inclusive, negative indexes
     * counting from the end. Out-of-range indexes are clamped to the string; an empty result when
     * nothing is left, or when both are negative and start is after end.
     */
    public static byte[] getRange(byte[] value, long start, long end) {
        long length = value.length;
        if (start < 0 && end < 0 && start > end) {
            return new byte[0];
        }
        if (start < 0) {
            start = length + start;
        }
        if (end < 0) {
            end = length + end;
        }
        start = Math.max(start, 0);
        end = Math.max(end, 0);
        end = Math.min(end, length - 1);
        if (start > end || length == 0) {
            return new byte[0];
        }
        return Arrays.copyOfRange(value, (int) start, (int) end + 1);
    }
}
