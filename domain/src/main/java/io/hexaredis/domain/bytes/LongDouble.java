package io.hexaredis.domain.bytes;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * The arithmetic of INCRBYFLOAT and HINCRBYFLOAT: Redis's 80-bit {@code long double}, emulated
 * exactly.
 *
 * <p>Redis parses both operands with strtold(), adds them in x87 extended precision (a 64-bit
 * mantissa, a 15-bit exponent) and prints the sum with {@code %.17Lf}, trailing zeros removed
 * (string2ld() and ld2string() with LD_STR_HUMAN in util.c). Java has no such type, so a value
 * here is the exact rational number the hardware would hold, as a {@link BigDecimal}: every step
 * rounds the exact result to 64 significant bits, half to even, as the FPU does. That is why
 * {@code 0.1 + 0.2} reads back as {@code 0.3} but {@code 1e70} as
 * {@code 10000000000000000000222479489586148259025995410601157579323600873193472}, exactly as in
 * Redis.
 *
 * <p>Values whose binary exponent leaves the normal range of the type (above about 1.19e4932, or
 * non-zero below about 3.4e-4932) are out of range: strtold() reports ERANGE for them, and a sum
 * that large is infinite.
 */
public final class LongDouble {

    private static final int MANTISSA_BITS = 64;
    private static final int MAX_EXPONENT = 16383; // largest binary exponent of a normal value
    private static final int MIN_EXPONENT = -16382; // smallest binary exponent of a normal value
    private static final int MAX_CHARS = 5 * 1024; // MAX_LONG_DOUBLE_CHARS of util.h
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(MANTISSA_BITS);
    private static final BigInteger TWO_63 = BigInteger.ONE.shiftLeft(MANTISSA_BITS - 1);

    /** Positive or negative infinity, or a finite value (then {@code value} is exact). */
    private final BigDecimal value;
    private final int infinity; // 0 when finite, +1 or -1

    private LongDouble(BigDecimal value, int infinity) {
        this.value = value;
        this.infinity = infinity;
    }

    public static final LongDouble ZERO = new LongDouble(BigDecimal.ZERO, 0);

    /**
     * Reads {@code text} as string2ld() does, or returns null when it is not a valid float: empty,
     * longer than 5 KiB, with spaces, NaN, or out of the range of the type. "inf" and "infinity"
     * (any case, optionally signed) are valid and infinite.
     */
    public static LongDouble parse(byte[] text) {
        if (text.length == 0 || text.length > MAX_CHARS) {
            return null;
        }
        double syntax = Numbers.parseDoubleOr(text, Double.NaN);
        if (Double.isNaN(syntax)) {
            return null;
        }
        int start = text[0] == '+' || text[0] == '-' ? 1 : 0;
        if (start < text.length && (text[start] | 0x20) == 'i') {
            return new LongDouble(null, syntax > 0 ? 1 : -1);
        }
        BigDecimal exact;
        try {
            exact = new BigDecimal(new String(text, StandardCharsets.US_ASCII));
        } catch (NumberFormatException e) {
            return null;
        }
        LongDouble rounded = round(exact);
        if (rounded.infinity != 0 || (rounded.value.signum() == 0 && exact.signum() != 0)) {
            return null; // ERANGE: overflow, or underflow of a non-zero number
        }
        return rounded;
    }

    /** A 64-bit integer, exactly (every long fits in a 64-bit mantissa). */
    public static LongDouble of(long v) {
        return new LongDouble(BigDecimal.valueOf(v), 0);
    }

    public boolean isInfinite() {
        return infinity != 0;
    }

    /** The sum rounded to the type, as {@code a + b} in C; may be infinite. */
    public LongDouble add(LongDouble other) {
        if (infinity != 0 || other.infinity != 0) {
            int sum = infinity + other.infinity;
            return sum == 0 ? null : new LongDouble(null, Integer.signum(sum)); // inf - inf is NaN: null
        }
        return round(value.add(other.value));
    }

    /**
     * The text Redis stores: {@code %.17Lf} with the trailing zeros and a trailing dot removed, and
     * "-0" written as "0" (ld2string() with LD_STR_HUMAN). Only for finite values.
     */
    public byte[] toHumanBytes() {
        String s = value.setScale(17, RoundingMode.HALF_EVEN).toPlainString();
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        s = s.substring(0, end);
        if (s.equals("-0")) {
            s = "0";
        }
        return ByteStrings.ascii(s);
    }

    /** {@code x} rounded to 64 significant bits, half to even; infinite past the exponent range. */
    static LongDouble round(BigDecimal x) {
        if (x.signum() == 0) {
            return ZERO;
        }
        long decimalExponent = (long) x.precision() - x.scale() - 1;
        if (decimalExponent > 4940) {
            return new LongDouble(null, x.signum()); // far past 1.19e4932: skip the big powers of ten
        }
        if (decimalExponent < -4960) {
            return ZERO;
        }
        BigInteger num = x.unscaledValue().abs();
        BigInteger den = BigInteger.ONE;
        if (x.scale() > 0) {
            den = BigInteger.TEN.pow(x.scale());
        } else if (x.scale() < 0) {
            num = num.multiply(BigInteger.TEN.pow(-x.scale()));
        }
        // find e with 2^63 <= num / (den * 2^e) < 2^64, then round that quotient to an integer
        int e = num.bitLength() - den.bitLength() - MANTISSA_BITS;
        BigInteger[] qr;
        while (true) {
            BigInteger n = e < 0 ? num.shiftLeft(-e) : num;
            BigInteger d = e > 0 ? den.shiftLeft(e) : den;
            qr = n.divideAndRemainder(d);
            if (qr[0].compareTo(TWO_64) >= 0) {
                e++;
            } else if (qr[0].compareTo(TWO_63) < 0) {
                e--;
            } else {
                BigInteger twiceRemainder = qr[1].shiftLeft(1);
                int half = twiceRemainder.compareTo(d);
                BigInteger m = qr[0];
                if (half > 0 || (half == 0 && m.testBit(0))) {
                    m = m.add(BigInteger.ONE);
                    if (m.equals(TWO_64)) {
                        m = TWO_63;
                        e++;
                    }
                }
                return fromBinary(x.signum() < 0 ? m.negate() : m, e);
            }
        }
    }

    private static LongDouble fromBinary(BigInteger mantissa, int e) {
        int exponent = e + MANTISSA_BITS - 1;
        if (exponent > MAX_EXPONENT) {
            return new LongDouble(null, mantissa.signum());
        }
        if (exponent < MIN_EXPONENT) {
            return ZERO; // below the normal range: treated as zero (and as ERANGE by parse)
        }
        if (e >= 0) {
            return new LongDouble(new BigDecimal(mantissa.shiftLeft(e)), 0);
        }
        // m / 2^k == m * 5^k / 10^k, exactly
        return new LongDouble(new BigDecimal(mantissa.multiply(BigInteger.valueOf(5).pow(-e)), -e), 0);
    }
}
