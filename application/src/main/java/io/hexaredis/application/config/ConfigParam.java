package io.hexaredis.application.config;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One configuration parameter: its name (and old aliases), default, how a value is checked and
 * written back, and whether it can change at runtime.
 *
 * <p>Redis: a standardConfig entry of config.c (createBoolConfig, createIntConfig, createEnumConfig,
 * createSizeTConfig with MEMORY_CONFIG, createStringConfig, and the special configs). The
 * {@code normalizer} checks a value and returns it in the form CONFIG GET shows ("yes" for a
 * boolean, a plain byte count for a memory size); it throws {@link IllegalArgumentException}
 * carrying Redis's reason text when the value is refused.
 */
public record ConfigParam(
        String name,
        List<String> aliases,
        String defaultValue,
        boolean immutable,
        boolean sensitive,
        UnaryOperator<String> normalizer) {

    public String normalize(String value) {
        return normalizer.apply(value);
    }

    // ---- the kinds of parameters ----

    public static ConfigParam bool(String name, boolean dflt) {
        return new ConfigParam(name, List.of(), dflt ? "yes" : "no", false, false, ConfigParam::parseBool);
    }

    public static ConfigParam integer(String name, long dflt, long min, long max) {
        return new ConfigParam(name, List.of(), Long.toString(dflt), false, false, v -> parseInt(v, min, max));
    }

    public static ConfigParam memory(String name, long dflt, long min, long max) {
        return new ConfigParam(name, List.of(), Long.toString(dflt), false, false, v -> parseMemory(v, min, max));
    }

    public static ConfigParam enumerated(String name, String dflt, String... values) {
        Set<String> allowed = Set.of(values);
        return new ConfigParam(name, List.of(), dflt, false, false, v -> {
            String lower = v.toLowerCase(Locale.ROOT);
            if (!allowed.contains(lower)) {
                throw new IllegalArgumentException("argument(s) must be one of the following: " + String.join(", ", values));
            }
            return lower;
        });
    }

    public static ConfigParam string(String name, String dflt) {
        return new ConfigParam(name, List.of(), dflt, false, false, UnaryOperator.identity());
    }

    public static ConfigParam special(String name, String dflt, UnaryOperator<String> normalizer) {
        return new ConfigParam(name, List.of(), dflt, false, false, normalizer);
    }

    public ConfigParam alias(String... names) {
        return new ConfigParam(name, List.of(names), defaultValue, immutable, sensitive, normalizer);
    }

    /** Settable only in redis.conf or on the command line, not by CONFIG SET. */
    public ConfigParam asImmutable() {
        return new ConfigParam(name, aliases, defaultValue, true, sensitive, normalizer);
    }

    /** Hidden from the log (passwords). */
    public ConfigParam asSensitive() {
        return new ConfigParam(name, aliases, defaultValue, immutable, true, normalizer);
    }

    // ---- value parsers, with config.c's error texts ----

    static String parseBool(String v) {
        String lower = v.toLowerCase(Locale.ROOT);
        if (lower.equals("yes")) {
            return "yes";
        }
        if (lower.equals("no")) {
            return "no";
        }
        throw new IllegalArgumentException("argument must be 'yes' or 'no'");
    }

    static String parseInt(String v, long min, long max) {
        long n;
        try {
            n = Long.parseLong(v.trim().startsWith("+") ? "x" : v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("argument couldn't be parsed into an integer");
        }
        checkRange(n, min, max);
        return Long.toString(n);
    }

    static String parseMemory(String v, long min, long max) {
        long n = memoryToBytes(v);
        if (n < 0 && min >= 0) {
            throw new IllegalArgumentException("argument must be a memory value");
        }
        checkRange(n, min, max);
        return Long.toString(n);
    }

    private static void checkRange(long n, long min, long max) {
        if (n < min || n > max) {
            throw new IllegalArgumentException("argument must be between " + min + " and " + max + " inclusive");
        }
    }

    /**
     * A memory amount as redis.conf writes it: a number with an optional unit, {@code k m g} for
     * powers of 1000 and {@code kb mb gb} for powers of 1024, case-insensitive (memtoull() in
     * util.c).
     */
    public static long memoryToBytes(String v) {
        String lower = v.toLowerCase(Locale.ROOT);
        long mul = 1;
        String digits = lower;
        String[][] units = {{"gb", "1073741824"}, {"mb", "1048576"}, {"kb", "1024"}, {"g", "1000000000"},
                {"m", "1000000"}, {"k", "1000"}, {"b", "1"}};
        for (String[] unit : units) {
            if (lower.endsWith(unit[0])) {
                mul = Long.parseLong(unit[1]);
                digits = lower.substring(0, lower.length() - unit[0].length());
                break;
            }
        }
        try {
            return Math.multiplyExact(Long.parseLong(digits), mul);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("argument must be a memory value");
        }
    }
}
