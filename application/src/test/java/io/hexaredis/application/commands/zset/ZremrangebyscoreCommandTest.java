package io.hexaredis.application.commands.zset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ZremrangebyscoreCommandTest {

    private final SortedSetHarness z = new SortedSetHarness().given("ZADD k 1 a 2 b 3 c 4 d");

    @Test
    void removesScoresInTheRange() {
        assertEquals("2", z.text("ZREMRANGEBYSCORE", "k", "(1", "3"));
        assertEquals("0", z.text("ZREMRANGEBYSCORE", "k", "5", "+inf"));
        assertEquals("[a, d]", z.text("ZRANGE", "k", "0", "-1"));
        z.assertEffects("ZREMRANGEBYSCORE k (1 3");
        z.assertEvents("zremrangebyscore k");
    }

    @Test
    void theRangeIsCheckedBeforeTheKey() {
        z.given("SET str x");
        assertEquals("-ERR min or max is not a float", z.text("ZREMRANGEBYSCORE", "missing", "x", "1"));
        assertEquals("-WRONGTYPE Operation against a key holding the wrong kind of value", z.text("ZREMRANGEBYSCORE", "str", "0", "1"));
    }

    @Test
    void removingEverythingDeletesTheKey() {
        assertEquals("4", z.text("ZREMRANGEBYSCORE", "k", "-inf", "+inf"));
        z.assertEvents("zremrangebyscore k", "del k");
    }
}
