package io.hexaredis.application.commands.zset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ZrangebyscoreCommandTest {

    private final SortedSetHarness z = new SortedSetHarness().given("ZADD k 1 a 2 b 3 c 4 d");

    @Test
    void rangesByScoreWithScoresAndLimitInAnyOrder() {
        assertEquals("[a, 1]", z.text("ZRANGEBYSCORE", "k", "-inf", "+inf", "LIMIT", "0", "1", "WITHSCORES"));
        assertEquals("[a, 1]", z.text("ZRANGEBYSCORE", "k", "-inf", "+inf", "WITHSCORES", "LIMIT", "0", "1"));
        assertEquals("[b, c]", z.text("ZRANGEBYSCORE", "k", "(1", "(4"));
    }

    @Test
    void revAndByOptionsAreNotItsOwn() {
        assertEquals("-ERR syntax error", z.text("ZRANGEBYSCORE", "k", "0", "-1", "REV"));
        assertEquals("-ERR syntax error", z.text("ZRANGEBYSCORE", "k", "0", "-1", "BYSCORE"));
        assertEquals("-ERR syntax error", z.text("ZRANGEBYSCORE", "k", "-inf", "+inf", "LIMIT", "0"));
        assertEquals("-ERR min or max is not a float", z.text("ZRANGEBYSCORE", "k", "x", "1"));
    }
}
