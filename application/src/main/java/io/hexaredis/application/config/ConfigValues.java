package io.hexaredis.application.config;

import io.hexaredis.domain.bytes.Numbers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The grammar of configuration values: yes/no, strict integers, memory sizes with units, octal
 * numbers, percentages, words of a fixed list; each with the reason text Redis 7.0 gives when a
 * value is refused.
 *
 * <p>Redis: the set() functions of the generic config types in config.c (boolConfigSet(),
 * numericParseString() and numericBoundaryCheck(), enumConfigSet()) and memtoull() in util.c.
 */
final class ConfigValues {

    private ConfigValues() {}

    static final String NOT_YES_NO = "argument must be 'yes' or 'no'";
    static final String NOT_AN_INTEGER = "argument couldn't be parsed into an integer";
    static final String NOT_MEMORY = "argument must be a memory value";
    static final String NOT_MEMORY_OR_PERCENT = "argument must be a memory or percent value";
    static final String NOT_OCTAL = "argument couldn't be parsed as an octal number";

    static final long INT_MAX = Integer.MAX_VALUE;
    static final long INT_MIN = Integer.MIN_VALUE;
    static final long UINT_MAX = 4294967295L;
    static final long LONG_MAX = Long.MAX_VALUE;

    static String yesNo(String v) {
        if (v.equalsIgnoreCase("yes")) {
            return "yes";
        }
        if (v.equalsIgnoreCase("no")) {
            return "no";
        }
        throw new IllegalArgumentException(NOT_YES_NO);
    }

    /** A decimal integer as string2ll() reads it: no '+', no spaces, no leading zeros. */
    static String integer(String v, long min, long max) {
        byte[] bytes = v.getBytes(StandardCharsets.UTF_8);
        if (!Numbers.isLong(bytes)) {
            throw new IllegalArgumentException(NOT_AN_INTEGER);
        }
        long n = Numbers.parseLong(bytes);
        checkRange(n, min, max);
        return Long.toString(n);
    }

    /**
     * A memory amount: digits then an optional unit, {@code b}, {@code k}/{@code m}/{@code g}
     * for powers of 1000 and {@code kb}/{@code mb}/{@code gb} for powers of 1024, in any case.
     * Returned as bytes; {@code unsigned} parameters (maxmemory) may exceed {@link Long#MAX_VALUE}
     * and are shown unsigned, like the {@code unsigned long long} Redis keeps them in.
     */
    static String memory(String v, long min, long max, boolean unsigned) {
        long n = parseMemory(v, NOT_MEMORY);
        if (unsigned) {
            return Long.toUnsignedString(n);
        }
        checkRange(n, min, max);
        return Long.toString(n);
    }

    /** maxmemory-clients: a memory amount, or a percentage of maxmemory written "10%". */
    static String memoryOrPercent(String v) {
        long n;
        try {
            n = parseMemory(v, NOT_MEMORY_OR_PERCENT);
        } catch (IllegalArgumentException e) {
            byte[] digits = v.substring(0, Math.max(0, v.length() - 1)).getBytes(StandardCharsets.UTF_8);
            if (v.length() < 2 || !v.endsWith("%") || !Numbers.isLong(digits) || Numbers.parseLong(digits) < 0) {
                throw e;
            }
            n = -Numbers.parseLong(digits); // Redis keeps a percentage as a negative number
        }
        if (n < 0) {
            if (n < -100) {
                throw new IllegalArgumentException("percentage argument must be less or equal to 100");
            }
            return -n + "%";
        }
        return Long.toString(n);
    }

    /**
     * unixsocketperm: an octal number as strtoll(v, 8) reads it (leading spaces and a sign allowed,
     * nothing after the digits; the empty string reads as 0), shown in octal without a leading zero.
     */
    static String octal(String v, long max) {
        if (v.isEmpty()) {
            return "0";
        }
        String digits = v.stripLeading();
        boolean negative = false;
        if (digits.startsWith("+") || digits.startsWith("-")) {
            negative = digits.startsWith("-");
            digits = digits.substring(1);
        }
        long n;
        try {
            if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '7')) {
                throw new NumberFormatException(v);
            }
            n = Long.parseLong(digits, 8);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(NOT_OCTAL);
        }
        if ((negative && n != 0) || n > max) {
            throw new IllegalArgumentException("argument must be between 0 and " + Long.toOctalString(max) + " inclusive");
        }
        return Long.toOctalString(n);
    }

    static String oneOf(String v, List<String> values) {
        for (String allowed : values) {
            if (allowed.equalsIgnoreCase(v)) {
                return allowed;
            }
        }
        throw new IllegalArgumentException(enumError(values));
    }

    static String enumError(List<String> values) {
        return "argument(s) must be one of the following: " + String.join(", ", values);
    }

    static void checkRange(long n, long min, long max) {
        if (n < min || n > max) {
            throw new IllegalArgumentException("argument must be between " + min + " and " + max + " inclusive");
        }
    }

    /**
     * memtoull(): the digits are read with strtoull, which saturates on overflow, and multiplied by
     * the unit without an overflow check; a leading '-' or anything after the digits that is not
     * a unit is an error. No digits at all reads as 0, as in Redis.
     */
    static long parseMemory(String v, String error) {
        if (v.startsWith("-") || v.length() > 127) {
            throw new IllegalArgumentException(error);
        }
        int end = 0;
        while (end < v.length() && v.charAt(end) >= '0' && v.charAt(end) <= '9') {
            end++;
        }
        long mul = switch (v.substring(end).toLowerCase(Locale.ROOT)) {
            case "", "b" -> 1;
            case "k" -> 1000;
            case "kb" -> 1024;
            case "m" -> 1000 * 1000;
            case "mb" -> 1024 * 1024;
            case "g" -> 1000L * 1000 * 1000;
            case "gb" -> 1024L * 1024 * 1024;
            default -> throw new IllegalArgumentException(error);
        };
        long n = 0;
        for (int i = 0; i < end; i++) {
            int d = v.charAt(i) - '0';
            if (Long.compareUnsigned(n, Long.divideUnsigned(-1L - d, 10)) > 0) {
                n = -1L; // strtoull answers ULLONG_MAX on overflow
                break;
            }
            n = n * 10 + d;
        }
        return n * mul;
    }

    /** rewriteConfigFormatMemory(): the largest of gb, mb, kb that divides the amount evenly. */
    static String formatMemory(long bytes) {
        long gb = 1024L * 1024 * 1024;
        long mb = 1024L * 1024;
        long kb = 1024L;
        if (bytes != 0 && Long.remainderUnsigned(bytes, gb) == 0) {
            return Long.toUnsignedString(Long.divideUnsigned(bytes, gb)) + "gb";
        }
        if (bytes != 0 && Long.remainderUnsigned(bytes, mb) == 0) {
            return Long.toUnsignedString(Long.divideUnsigned(bytes, mb)) + "mb";
        }
        if (bytes != 0 && Long.remainderUnsigned(bytes, kb) == 0) {
            return Long.toUnsignedString(Long.divideUnsigned(bytes, kb)) + "kb";
        }
        return Long.toUnsignedString(bytes);
    }
}
