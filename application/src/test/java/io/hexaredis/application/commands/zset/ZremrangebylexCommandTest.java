package io.hexaredis.application.commands.zset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ZremrangebylexCommandTest {

    private final SortedSetHarness z = new SortedSetHarness().given("ZADD k 0 a 0 b 0 c 0 d");

    @Test
    void removesMembersBetweenLexBounds() {
        assertEquals("2", z.text("ZREMRANGEBYLEX", "k", "(a", "[c"));
        assertEquals("[a, d]", z.text("ZRANGE", "k", "0", "-1"));
        z.assertEffects("ZREMRANGEBYLEX k (a [c");
        z.assertEvents("zremrangebylex k");
        assertEquals("2", z.text("ZREMRANGEBYLEX", "k", "-", "+"));
        z.assertEvents("zremrangebylex k", "zremrangebylex k", "del k");
    }

    @Test
    void theRangeIsCheckedBeforeTheKey() {
        assertEquals("-ERR min or max not valid string range item", z.text("ZREMRANGEBYLEX", "missing", "x", "1"));
        assertEquals("0", z.text("ZREMRANGEBYLEX", "missing", "-", "+"));
    }
}
