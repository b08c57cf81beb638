package io.hexaredis.application.commands.zset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ZrangebylexCommandTest {

    private final SortedSetHarness z = new SortedSetHarness().given("ZADD k 0 a 0 b 0 c 0 d");

    @Test
    void rangesByMemberBytes() {
        assertEquals("[a, b]", z.text("ZRANGEBYLEX", "k", "[a", "(c"));
        assertEquals("[a, b]", z.text("ZRANGEBYLEX", "k", "-", "+", "LIMIT", "0", "2"));
        assertEquals("[]", z.text("ZRANGEBYLEX", "k", "+", "-"));
    }

    @Test
    void refusesBadBoundsAndWithscores() {
        assertEquals("-ERR min or max not valid string range item", z.text("ZRANGEBYLEX", "k", "a", "+"));
        assertEquals("-ERR syntax error, WITHSCORES not supported in combination with BYLEX",
                z.text("ZRANGEBYLEX", "k", "-", "+", "WITHSCORES"));
        assertEquals("-ERR syntax error", z.text("ZRANGEBYLEX", "k", "-", "+", "BYLEX"));
    }
}
