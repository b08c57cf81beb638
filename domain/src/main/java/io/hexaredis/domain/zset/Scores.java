package io.hexaredis.domain.zset;

import io.hexaredis.domain.bytes.Numbers;
import java.nio.charset.StandardCharsets;

/**
 * Scores as Redis reads them from arguments and writes them into a listpack.
 *
 * <p>Redis reads every double with C's {@code strtod()}, and that function accepts more than a
 * decimal number: hexadecimal floats ({@code 0x1p4} is 16, and so is {@code 0x10}), "inf" and
 * "infinity" in any case, and leading white space. Two callers wrap it differently:
 * <ul>
 *   <li>{@link #parse} is getDoubleFromObject() (object.c), used for ZADD scores, ZINCRBY
 *       increments and WEIGHTS: the whole argument must be the number, no leading space, and a
 *       value that overflows to infinity or underflows to zero ({@code 1e400}, {@code 1e-400}) is
 *       refused, as is NaN.
 *   <li>{@link #parseRangeBound} is the strtod() call inside zslParseRange() (t_zset.c), used for
 *       the min and max of ZRANGEBYSCORE and friends: leading space is fine, an overflow simply
 *       gives infinity, and an empty string reads as 0 (so {@code ZCOUNT key 1 (} counts nothing
 *       rather than failing). Only NaN and trailing garbage are refused.
 * </ul>
 */
public final class Scores {

    private Scores() {}

    /** 2^62, the bound of double2ll() in util.c: inside it an integral double prints as an integer. */
    private static final double LISTPACK_INTEGER_BOUND = 0x1p62;

    /**
     * An argument read as getDoubleFromObject() reads it; NaN when Redis would refuse it (the
     * caller picks the error text: "value is not a valid float", "weight value is not a float"...).
     */
    public static double parse(byte[] s) {
        if (s.length == 0 || isSpace(s[0])) {
            return Double.NaN;
        }
        return strtod(s, 0, s.length, true);
    }

    /**
     * One bound of a score range without its '(' prefix, read from {@code from} as zslParseRange()
     * reads it; NaN when refused. The text ends at the first NUL byte, as a C string does.
     */
    static double parseRangeBound(byte[] s, int from) {
        int end = from;
        while (end < s.length && s[end] != 0) {
            end++;
        }
        if (end < s.length) {
            return Double.NaN; // strtod stops at the NUL, which is not the end of the argument
        }
        if (from == end) {
            return 0; // strtod converts nothing and points at the terminator: Redis takes the 0
        }
        int start = from;
        while (start < end && isSpace(s[start])) {
            start++;
        }
        return strtod(s, start, end, false);
    }

    /**
     * strtod() over exactly {@code s[from, to)}; NaN if that range is not one number. With
     * {@code strict}, results that overflowed or underflowed to zero (strtod's ERANGE) are NaN too.
     */
    private static double strtod(byte[] s, int from, int to, boolean strict) {
        int i = from;
        boolean negative = false;
        if (i < to && (s[i] == '+' || s[i] == '-')) {
            negative = s[i] == '-';
            i++;
        }
        if (i == to) {
            return Double.NaN;
        }
        if (isWord(s, i, to, "inf") || isWord(s, i, to, "infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        boolean hex = to - i > 2 && s[i] == '0' && (s[i + 1] | 0x20) == 'x';
        int digitsFrom = hex ? i + 2 : i;
        int mantissaEnd = scanMantissa(s, digitsFrom, to, hex);
        if (mantissaEnd < 0) {
            return Double.NaN;
        }
        boolean nonZeroDigit = false;
        for (int k = digitsFrom; k < mantissaEnd; k++) {
            if (s[k] != '.' && s[k] != '0') {
                nonZeroDigit = true;
                break;
            }
        }
        int end = scanExponent(s, mantissaEnd, to, hex);
        if (end != to) {
            return Double.NaN;
        }
        String text = new String(s, from, to - from, StandardCharsets.US_ASCII);
        if (hex && mantissaEnd == to) {
            text += "p0"; // Java wants the binary exponent that strtod makes optional
        }
        double d;
        try {
            d = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
        if (strict && (Double.isInfinite(d) || (d == 0 && nonZeroDigit))) {
            return Double.NaN; // ERANGE: overflow to HUGE_VAL or underflow to zero
        }
        return d;
    }

    /** End of "digits[.digits]" with at least one digit, or -1. */
    private static int scanMantissa(byte[] s, int i, int to, boolean hex) {
        int digits = 0;
        boolean dot = false;
        while (i < to) {
            byte c = s[i];
            if (isDigit(c, hex)) {
                digits++;
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                break;
            }
            i++;
        }
        return digits == 0 ? -1 : i;
    }

    /** End of an optional exponent ("e[+-]digits", "p[+-]digits" for hex); {@code i} if there is none. */
    private static int scanExponent(byte[] s, int i, int to, boolean hex) {
        if (i >= to || (s[i] | 0x20) != (hex ? 'p' : 'e')) {
            return i;
        }
        int j = i + 1;
        if (j < to && (s[j] == '+' || s[j] == '-')) {
            j++;
        }
        int digitsFrom = j;
        while (j < to && s[j] >= '0' && s[j] <= '9') {
            j++;
        }
        return j == digitsFrom ? i : j; // "1e" is the number 1 followed by garbage
    }

    private static boolean isDigit(byte c, boolean hex) {
        if (c >= '0' && c <= '9') {
            return true;
        }
        int lower = c | 0x20;
        return hex && lower >= 'a' && lower <= 'f';
    }

    private static boolean isWord(byte[] s, int from, int to, String word) {
        if (to - from != word.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if ((s[from + k] | 0x20) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0b || c == '\f' || c == '\r';
    }

    /**
     * The text a listpack stores for a score: Redis's d2string() (util.c, 7.0). An integral value
     * within 2^62 is written as an integer ({@code -0} becomes {@code 0}), anything else as
     * {@code %.17g}. ZSCAN of a listpack-encoded set shows this text, where every other reply
     * formats the score as a double: {@code 123456789012345678} scans as
     * "123456789012345680" but ZSCORE answers "1.2345678901234568e+17".
     */
    public static String listpackText(double score) {
        if (score >= -LISTPACK_INTEGER_BOUND && score <= LISTPACK_INTEGER_BOUND && score == (long) score) {
            return Long.toString((long) score);
        }
        return Numbers.formatDouble(score);
    }
}
