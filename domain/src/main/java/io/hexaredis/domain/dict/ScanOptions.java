package io.hexaredis.domain.dict;

import io.hexaredis.domain.bytes.ByteStrings;
import io.hexaredis.domain.bytes.Glob;
import io.hexaredis.domain.bytes.Numbers;
import io.hexaredis.domain.command.CommandContext;
import io.hexaredis.domain.error.RedisError;

/**
 * The options of HSCAN, SSCAN and ZSCAN: {@code [MATCH pattern] [COUNT count]}, in any order, the
 * last one of each kind winning.
 *
 * <p>Redis: the option loop of scanGenericCommand() in db.c. COUNT is how much work one call
 * should do on a hash table (about that many elements, at most ten times that many buckets); it
 * does not limit the reply of a compact encoding, which is always returned whole with cursor 0.
 * MATCH filters what was collected, so a call may return nothing yet a non-zero cursor.
 */
public record ScanOptions(byte[] pattern, long count) {

    public static final long DEFAULT_COUNT = 10;

    /** Parses the options starting at argument {@code from}. */
    public static ScanOptions parse(CommandContext ctx, int from) {
        byte[] pattern = null;
        long count = DEFAULT_COUNT;
        for (int i = from; i < ctx.argc(); i += 2) {
            byte[] option = ctx.arg(i);
            boolean hasValue = i + 1 < ctx.argc();
            if (hasValue && ByteStrings.equalsIgnoreCase(option, "count")) {
                count = Numbers.parseLong(ctx.arg(i + 1));
                if (count < 1) {
                    throw RedisError.SYNTAX;
                }
            } else if (hasValue && ByteStrings.equalsIgnoreCase(option, "match")) {
                pattern = ctx.arg(i + 1);
                if (pattern.length == 1 && pattern[0] == '*') {
                    pattern = null; // matches everything: skip the matching
                }
            } else {
                throw RedisError.SYNTAX;
            }
        }
        return new ScanOptions(pattern, count);
    }

    public boolean matches(byte[] element) {
        return pattern == null || Glob.matches(pattern, element);
    }
}
