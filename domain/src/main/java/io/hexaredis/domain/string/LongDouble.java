package io.hexaredis.domain.string;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A number with exactly the precision and range of the C {@code long double} that Redis uses for
 * INCRBYFLOAT and HINCRBYFLOAT on x86-64: the x87 80-bit extended format, with a 64-bit significand
 * and a binary exponent from -16382 (down to -16445 for subnormals) to 16383.
 *
 * <p>Why emulate it: the text Redis stores is {@code %.17Lf} of the long double result, and at 17
 * decimal places the rounding of the 64-bit significand shows. Real Redis answers
 * {@code SET k 1000} then {@code INCRBYFLOAT k 0.1} with {@code 1000.09999999999999998}; an exact
 * decimal sum would say {@code 1000.1}, and a Java double {@code 1000.1000000000000227}. Replicas,
 * AOF files and clients comparing with a real server all see the stored text, so the arithmetic
 * has to be the same. Each value is kept exactly as {@code significand * 2^exponent} in
 * BigIntegers, and every operation rounds to nearest, ties to even, like the FPU does.
 *
 * <p>Redis: string2ld() (strtold() plus Redis's own checks) and ld2string() in util.c.
 */
public final class LongDouble {

    static final int SIGNIFICAND_BITS = 64;     // x87 extended: explicit 64-bit significand
    static final int MIN_EXPONENT = -16445;     // the smallest subnormal is 2^-16445
    static final int MAX_BIT_LENGTH = 16384;    // magnitudes at or above 2^16384 overflow to infinity
    static final int MAX_CHARS = 5 * 1024;      // MAX_LONG_DOUBLE_CHARS: longer texts are refused

    public static final LongDouble ZERO = new LongDouble(BigInteger.ZERO, 0, false);

    private final BigInteger significand;      // signed; |significand| < 2^64
    private final int exponent;
    private final boolean infinite;            // then the sign of significand is the sign of the infinity

    private LongDouble(BigInteger significand, int exponent, boolean infinite) {
        this.significand = significand;
        this.exponent = exponent;
        this.infinite = infinite;
    }

    public boolean isInfinite() {
        return infinite;
    }

    /**
     * Reads a number as Redis's string2ld() does: the whole text must be what strtold() accepts
     * (decimal, hexadecimal "0x1p3", "inf", "infinity"), with no leading space, no trailing bytes,
     * no NaN, nothing that overflows, and nothing so small that it rounds to zero. Null when refused.
     */
    public static LongDouble parse(byte[] s) {
        if (s.length == 0 || s.length >= MAX_CHARS) {
            return null;
        }
        int i = 0;
        boolean negative = false;
        if (s[0] == '+' || s[0] == '-') {
            negative = s[0] == '-';
            i = 1;
        }
        if (isWord(s, i, "inf") || isWord(s, i, "infinity")) {
            return new LongDouble(negative ? BigInteger.ONE.negate() : BigInteger.ONE, 0, true);
        }
        LongDouble value;
        if (s.length - i > 2 && s[i] == '0' && (s[i + 1] | 0x20) == 'x') {
            value = parseHex(s, i + 2);
        } else {
            value = parseDecimal(s, i);
        }
        if (value == null || value.infinite) {
            return null; // malformed, or out of range (strtold's ERANGE)
        }
        return negative ? value.negate() : value;
    }

    /** The sum, rounded to the nearest long double; may be infinite. */
    public LongDouble add(LongDouble other) {
        if (infinite || other.infinite) {
            return new LongDouble(infinite ? significand : other.significand, 0, true); // inf, or NaN: both refused alike
        }
        if (significand.signum() == 0) {
            return other;
        }
        if (other.significand.signum() == 0) {
            return this;
        }
        int low = Math.min(exponent, other.exponent);
        BigInteger sum = significand.shiftLeft(exponent - low).add(other.significand.shiftLeft(other.exponent - low));
        return round(sum, BigInteger.ONE, low);
    }

    /** The exact decimal value (never called on an infinity). */
    public BigDecimal toBigDecimal() {
        if (exponent >= 0) {
            return new BigDecimal(significand.shiftLeft(exponent));
        }
        return new BigDecimal(significand.multiply(BigInteger.valueOf(5).pow(-exponent)), -exponent);
    }

    private LongDouble negate() {
        return new LongDouble(significand.negate(), exponent, infinite);
    }

    /**
     * The long double nearest to {@code sign(numerator) * |numerator| / denominator * 2^binaryExponent}
     * (denominator positive): the significand is cut to 64 bits, or fewer in the subnormal range,
     * with round-half-even; zero when it underflows, infinite when it overflows.
     */
    static LongDouble round(BigInteger numerator, BigInteger denominator, int binaryExponent) {
        int sign = numerator.signum();
        if (sign == 0) {
            return ZERO;
        }
        BigInteger n = numerator.abs();
        long estimate = (long) binaryExponent + n.bitLength() - denominator.bitLength() - SIGNIFICAND_BITS;
        if (estimate > MAX_BIT_LENGTH) {
            return new LongDouble(BigInteger.valueOf(sign), 0, true);
        }
        if (estimate < MIN_EXPONENT - 2L * SIGNIFICAND_BITS) {
            return ZERO;
        }
        int e = (int) Math.max(estimate, MIN_EXPONENT);
        BigInteger[] qr = divide(n, denominator, binaryExponent - e);
        if (qr[0].bitLength() > SIGNIFICAND_BITS) {
            e++;
            qr = divide(n, denominator, binaryExponent - e);
        } else if (qr[0].bitLength() < SIGNIFICAND_BITS && e > MIN_EXPONENT) {
            e--;
            qr = divide(n, denominator, binaryExponent - e);
        }
        BigInteger q = qr[0];
        int half = qr[1].shiftLeft(1).compareTo(qr[2]);
        if (half > 0 || (half == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
            if (q.bitLength() > SIGNIFICAND_BITS) {
                q = q.shiftRight(1);
                e++;
            }
        }
        if (q.signum() == 0) {
            return ZERO;
        }
        if ((long) q.bitLength() + e > MAX_BIT_LENGTH) {
            return new LongDouble(BigInteger.valueOf(sign), 0, true);
        }
        return new LongDouble(sign < 0 ? q.negate() : q, e, false);
    }

    /** {quotient, remainder, divisor} of {@code n * 2^shift / d}, shifting whichever side keeps it whole. */
    private static BigInteger[] divide(BigInteger n, BigInteger d, long shift) {
        BigInteger num = shift >= 0 ? n.shiftLeft((int) shift) : n;
        BigInteger den = shift >= 0 ? d : d.shiftLeft((int) -shift);
        BigInteger[] qr = num.divideAndRemainder(den);
        return new BigInteger[] {qr[0], qr[1], den};
    }

    /**
     * strtold()'s decimal form: digits with an optional point (at least one digit), then an
     * optional exponent {@code e[+-]digits}.
     */
    private static LongDouble parseDecimal(byte[] s, int from) {
        StringBuilder digits = new StringBuilder();
        int i = from;
        int fractionDigits = 0;
        boolean point = false;
        for (; i < s.length; i++) {
            byte c = s[i];
            if (c >= '0' && c <= '9') {
                digits.append((char) c);
                if (point) {
                    fractionDigits++;
                }
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (digits.length() == 0) {
            return null;
        }
        long exp10 = 0;
        if (i < s.length && (s[i] | 0x20) == 'e') {
            long[] parsed = parseExponent(s, i + 1);
            if (parsed == null) {
                return null;
            }
            exp10 = parsed[0];
            i = s.length;
        }
        if (i != s.length) {
            return null;
        }
        BigInteger unscaled = new BigInteger(digits.toString());
        if (unscaled.signum() == 0) {
            return ZERO;
        }
        long scale = fractionDigits - exp10; // value = unscaled * 10^-scale
        long magnitude = unscaled.toString().length() - scale; // the value is below 10^magnitude
        if (magnitude > 4934) {
            return new LongDouble(BigInteger.ONE, 0, true);
        }
        if (magnitude < -4952) {
            return null; // rounds to zero: strtold's underflow, which Redis refuses
        }
        LongDouble value = scale <= 0
                ? round(unscaled.multiply(BigInteger.TEN.pow((int) -scale)), BigInteger.ONE, 0)
                : round(unscaled, BigInteger.TEN.pow((int) scale), 0);
        return value.significand.signum() == 0 ? null : value;
    }

    /** strtold()'s hexadecimal form after "0x": hex digits with an optional point, then {@code p[+-]digits}. */
    private static LongDouble parseHex(byte[] s, int from) {
        BigInteger mantissa = BigInteger.ZERO;
        int i = from;
        int fractionDigits = 0;
        int count = 0;
        boolean point = false;
        for (; i < s.length; i++) {
            int d = Character.digit(s[i], 16);
            if (d >= 0) {
                mantissa = mantissa.shiftLeft(4).add(BigInteger.valueOf(d));
                count++;
                if (point) {
                    fractionDigits++;
                }
            } else if (s[i] == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (count == 0) {
            return null;
        }
        long exp2 = 0;
        if (i < s.length && (s[i] | 0x20) == 'p') {
            long[] parsed = parseExponent(s, i + 1);
            if (parsed == null) {
                return null;
            }
            exp2 = parsed[0];
            i = s.length;
        }
        if (i != s.length) {
            return null;
        }
        if (mantissa.signum() == 0) {
            return ZERO;
        }
        long binaryExponent = exp2 - 4L * fractionDigits;
        long top = binaryExponent + mantissa.bitLength();
        if (top > MAX_BIT_LENGTH) {
            return new LongDouble(BigInteger.ONE, 0, true);
        }
        if (top < MIN_EXPONENT - 1) {
            return null;
        }
        LongDouble value = round(mantissa, BigInteger.ONE, (int) binaryExponent);
        return value.significand.signum() == 0 ? null : value;
    }

    /** An exponent {@code [+-]digits} running to the end of {@code s}, saturated far beyond any range; null if malformed. */
    private static long[] parseExponent(byte[] s, int from) {
        int i = from;
        boolean negative = false;
        if (i < s.length && (s[i] == '+' || s[i] == '-')) {
            negative = s[i] == '-';
            i++;
        }
        if (i == s.length) {
            return null;
        }
        long v = 0;
        for (; i < s.length; i++) {
            if (s[i] < '0' || s[i] > '9') {
                return null;
            }
            v = Math.min(v * 10 + (s[i] - '0'), 1_000_000_000L);
        }
        return new long[] {negative ? -v : v};
    }

    private static boolean isWord(byte[] s, int from, String word) {
        if (s.length - from != word.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if ((s[from + k] | 0x20) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
