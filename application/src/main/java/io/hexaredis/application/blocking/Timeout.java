package io.hexaredis.application.blocking;

import io.hexaredis.domain.bytes.Numbers;
import io.hexaredis.domain.error.RedisError;
import java.nio.charset.StandardCharsets;

/**
 * The timeout argument of blocking commands: seconds, with a fractional part, 0 for "forever".
 *
 * <p>Redis: getTimeoutFromObjectOrReply() in timeout.c. The text is read as a C long double
 * (so "1.5", "1e2", "inf" and even hexadecimal "0x10" are numbers), turned into milliseconds
 * rounded up (0.0001 is 1 ms, not forever), and made absolute by adding the command's time.
 * Values too large for a 64-bit count of milliseconds become negative in C's conversion, which is
 * why Redis 7.0 calls "inf" and "1e300" negative; the same answers are given here.
 */
public final class Timeout {

    /** Redis 7.0's reply to a timeout below zero (timeout.c). */
    public static final RedisError NEGATIVE = new RedisError("ERR timeout is negative");

    private static final double LONG_RANGE = 0x1p63; // 2^63: the first double outside a long

    private Timeout() {}

    /**
     * The absolute time in Unix ms at which a client blocked at {@code now} with this timeout
     * argument times out, or 0 for never.
     *
     * @throws RedisError "timeout is not a float or out of range", or {@link #NEGATIVE}
     */
    public static long parse(byte[] arg, long now) {
        double seconds = parseLongDouble(arg);
        double millis = Math.ceil(seconds * 1000.0);
        if (!(millis > -LONG_RANGE && millis < LONG_RANGE) || millis < 0) {
            throw NEGATIVE;
        }
        long ms = (long) millis;
        if (ms == 0) {
            return 0;
        }
        return ms > Long.MAX_VALUE - now ? Long.MAX_VALUE : now + ms;
    }

    /** The number as strtold() reads it, hexadecimal included; NaN and junk are errors. */
    private static double parseLongDouble(byte[] arg) {
        int sign = arg.length > 0 && (arg[0] == '+' || arg[0] == '-') ? 1 : 0;
        if (arg.length > sign + 2 && arg[sign] == '0' && (arg[sign + 1] | 0x20) == 'x') {
            return parseHex(arg);
        }
        double d = Numbers.parseDoubleOr(arg, Double.NaN);
        if (Double.isNaN(d)) {
            throw RedisError.NOT_A_POSITIVE_TIMEOUT;
        }
        return d;
    }

    private static double parseHex(byte[] arg) {
        String text = new String(arg, StandardCharsets.US_ASCII);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(Character.digit(c, 16) >= 0 || c == 'x' || c == 'X' || c == '.' || c == 'p' || c == 'P'
                    || c == '+' || c == '-')) {
                throw RedisError.NOT_A_POSITIVE_TIMEOUT;
            }
        }
        boolean hasExponent = text.indexOf('p') >= 0 || text.indexOf('P') >= 0;
        try {
            return Double.parseDouble(hasExponent ? text : text + "p0");
        } catch (NumberFormatException e) {
            throw RedisError.NOT_A_POSITIVE_TIMEOUT;
        }
    }
}
