package io.hexaredis.domain.bytes;

import io.hexaredis.domain.error.RedisError;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as Redis reads and writes them: strict decimal integers, doubles, and their text forms.
 *
 * <p>Redis: string2ll(), string2ld(), ll2string(), ld2string() in util.c, and the %.17g formatting
 * of addReplyDouble() in networking.c (Redis 7.0).
 */
public final class Numbers {

    private Numbers() {}

    /** Longest text of a 64-bit integer ("-9223372036854775808"). */
    public static final int MAX_LONG_CHARS = 20;

    /**
     * Parses a strict decimal 64-bit integer as string2ll() does: optional '-', no '+', no spaces,
     * no leading zeros ("007", "-0" and "+1" are refused), no overflow.
     *
     * @throws RedisError {@link RedisError#NOT_AN_INTEGER}
     */
    public static long parseLong(byte[] s) {
        long v = parseLongOr(s, Long.MIN_VALUE);
        if (v == Long.MIN_VALUE && !isMinLong(s)) {
            throw RedisError.NOT_AN_INTEGER;
        }
        return v;
    }

    /** True when {@code s} is the text of a 64-bit integer in canonical form. */
    public static boolean isLong(byte[] s) {
        return parseLongOr(s, Long.MIN_VALUE) != Long.MIN_VALUE || isMinLong(s);
    }

    private static final byte[] MIN_LONG = ByteStrings.ascii(Long.toString(Long.MIN_VALUE));

    private static boolean isMinLong(byte[] s) {
        return java.util.Arrays.equals(s, MIN_LONG);
    }

    /** string2ll(); answers {@code fallback} (and never throws) when {@code s} is not an integer. */
    public static long parseLongOr(byte[] s, long fallback) {
        int n = s.length;
        if (n == 0 || n > MAX_LONG_CHARS) {
            return fallback;
        }
        if (n == 1 && s[0] == '0') {
            return 0;
        }
        int i = 0;
        boolean negative = false;
        if (s[0] == '-') {
            negative = true;
            i = 1;
            if (n == 1) {
                return fallback;
            }
        }
        if (s[i] < '1' || s[i] > '9') {
            return fallback;
        }
        long v = 0; // accumulated negatively, so Long.MIN_VALUE fits
        for (; i < n; i++) {
            int d = s[i] - '0';
            if (d < 0 || d > 9) {
                return fallback;
            }
            if (v < Long.MIN_VALUE / 10 || v * 10 < Long.MIN_VALUE + d) {
                return fallback;
            }
            v = v * 10 - d;
        }
        if (!negative) {
            if (v == Long.MIN_VALUE) {
                return fallback;
            }
            v = -v;
        }
        return v;
    }

    /** An int argument (timeouts, counts that Redis reads with getIntFromObject...). */
    public static int parseInt(byte[] s) {
        long v = parseLong(s);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw RedisError.NOT_AN_INTEGER;
        }
        return (int) v;
    }

    /**
     * Parses a double as Redis's string2d()/string2ld() accept it: no surrounding spaces, "inf",
     * "+inf", "-inf" (any case) allowed, NaN refused.
     *
     * @throws RedisError {@link RedisError#NOT_A_FLOAT}
     */
    public static double parseDouble(byte[] s) {
        double d = parseDoubleOr(s, Double.NaN);
        if (Double.isNaN(d)) {
            throw RedisError.NOT_A_FLOAT;
        }
        return d;
    }

    /** Like {@link #parseDouble} but answers {@code fallback} instead of throwing. */
    public static double parseDoubleOr(byte[] s, double fallback) {
        int n = s.length;
        if (n == 0 || n > 5000) {
            return fallback;
        }
        int start = (s[0] == '+' || s[0] == '-') ? 1 : 0;
        if (isInf(s, start)) {
            return s[0] == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        boolean digits = false;
        for (int i = 0; i < n; i++) {
            int c = s[i];
            if (c >= '0' && c <= '9') {
                digits = true;
            } else if (!(c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-')) {
                return fallback; // also refuses spaces, Java's "1d"/"1f" suffixes and "NaN"
            }
        }
        if (!digits) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(new String(s, java.nio.charset.StandardCharsets.US_ASCII));
            return Double.isNaN(d) ? fallback : d;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static boolean isInf(byte[] s, int from) {
        int len = s.length - from;
        if (len != 3 && len != 8) {
            return false;
        }
        String word = len == 3 ? "inf" : "infinity";
        for (int i = 0; i < len; i++) {
            if ((s[from + i] | 0x20) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The decimal text of {@code v}, as bytes (Redis's ll2string). */
    public static byte[] toBytes(long v) {
        return ByteStrings.ascii(Long.toString(v));
    }

    /**
     * A double as Redis 7.0 replies it: C's {@code %.17g}, "inf" and "-inf" for infinities.
     * Seventeen significant digits round-trip any double exactly, which is why 1.1 reads back
     * as "1.1000000000000001".
     */
    public static String formatDouble(double d) {
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0" : "0";
        }
        BigDecimal rounded = new BigDecimal(d).round(new MathContext(17, RoundingMode.HALF_EVEN));
        int exponent = rounded.precision() - rounded.scale() - 1; // the decimal exponent of %e
        if (exponent < -4 || exponent >= 17) {
            BigDecimal unscaled = rounded.movePointLeft(exponent).stripTrailingZeros();
            String mantissa = unscaled.toPlainString();
            String sign = exponent < 0 ? "-" : "+";
            int abs = Math.abs(exponent);
            return mantissa + "e" + sign + (abs < 10 ? "0" + abs : Integer.toString(abs));
        }
        String plain = rounded.stripTrailingZeros().toPlainString();
        return plain;
    }

    /**
     * A long double result as INCRBYFLOAT and HINCRBYFLOAT store it: Redis's ld2string() in its
     * "human friendly" mode, {@code %.17Lf} with trailing zeros (and a trailing dot) removed.
     *
     * <p>Redis computes these in 80-bit long double, whose rounding shows at 17 decimal places
     * (1000 + 0.1 is stored as "1000.09999999999999998"), so {@code value} must be the exact value
     * of the long double result, not the exact decimal sum of the operands:
     * {@code domain.string.RedisString.incrByFloat} computes it that way.
     */
    public static String formatHumanFriendly(BigDecimal value) {
        BigDecimal scaled = value.setScale(17, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (scaled.signum() == 0) {
            return "0";
        }
        return scaled.toPlainString();
    }
}
