package io.hexaredis.application.commands.zset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class ZremrangebyrankCommandTest {

    private final SortedSetHarness z = new SortedSetHarness().given("ZADD k 1 a 2 b 3 c 4 d");

    @Test
    void removesRanksWithNegativeIndexesAndClamping() {
        assertEquals("1", z.text("ZREMRANGEBYRANK", "k", "-100", "-4"));
        assertEquals("0", z.text("ZREMRANGEBYRANK", "k", "2", "1"));
        assertEquals("0", z.text("ZREMRANGEBYRANK", "k", "5", "10"));
        assertEquals("1", z.text("ZREMRANGEBYRANK", "k", "-1", "-1"));
        assertEquals("[b, c]", z.text("ZRANGE", "k", "0", "-1"));
        z.assertEffects("ZREMRANGEBYRANK k -100 -4", "ZREMRANGEBYRANK k -1 -1");
        z.assertEvents("zremrangebyrank k", "zremrangebyrank k");
    }

    @Test
    void removingEverythingDeletesTheKey() {
        assertEquals("4", z.text("ZREMRANGEBYRANK", "k", "0", "-1"));
        assertFalse(z.exists("k"));
        z.assertEvents("zremrangebyrank k", "del k");
    }

    @Test
    void indexesAreCheckedBeforeTheKey() {
        z.given("SET str x");
        assertEquals("-ERR value is not an integer or out of range", z.text("ZREMRANGEBYRANK", "missing", "x", "1"));
        assertEquals("0", z.text("ZREMRANGEBYRANK", "missing", "0", "1"));
        assertEquals("-WRONGTYPE Operation against a key holding the wrong kind of value", z.text("ZREMRANGEBYRANK", "str", "0", "1"));
    }

    @Test
    void worksOnTheSkiplistEncoding() {
        StringBuilder args = new StringBuilder("ZADD big");
        for (int i = 0; i < 200; i++) {
            args.append(' ').append(i).append(" m").append(i);
        }
        z.given(args.toString());
        assertEquals("100", z.text("ZREMRANGEBYRANK", "big", "50", "149"));
        assertEquals("[m49, m150]", z.text("ZRANGE", "big", "49", "50"));
        assertEquals("100", z.text("ZCARD", "big"));
    }
}
