package io.hexaredis.domain.dict;

import io.hexaredis.domain.error.RedisError;

/**
 * The cursor of SCAN, HSCAN, SSCAN and ZSCAN as text: an unsigned 64-bit number.
 *
 * <p>Redis: parseScanCursorOrReply() in db.c, which reads the cursor with C's strtoul(): an
 * optional sign, decimal digits, nothing else, no leading space. A negative number wraps around
 * (so "-1" is the largest cursor), an empty string is cursor 0, and a number past 2^64-1 is
 * refused. Cursors are replied as unsigned decimal text.
 */
public final class ScanCursor {

    public static final RedisError INVALID = new RedisError("ERR invalid cursor");

    private ScanCursor() {}

    public static long parse(byte[] text) {
        int i = 0;
        boolean negative = false;
        if (text.length > 0 && (text[0] == '+' || text[0] == '-')) {
            negative = text[0] == '-';
            i = 1;
            if (text.length == 1) {
                throw INVALID;
            }
        }
        long value = 0;
        for (; i < text.length; i++) {
            int digit = text[i] - '0';
            if (digit < 0 || digit > 9) {
                throw INVALID;
            }
            if (Long.compareUnsigned(value, Long.divideUnsigned(-1L, 10)) > 0) {
                throw INVALID;
            }
            long next = value * 10 + digit;
            if (Long.compareUnsigned(next, value * 10) < 0) {
                throw INVALID;
            }
            value = next;
        }
        return negative ? -value : value;
    }

    public static String format(long cursor) {
        return Long.toUnsignedString(cursor);
    }
}
