package io.hexaredis.application.commands.zset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ZrevrangeCommandTest {

    private final SortedSetHarness z = new SortedSetHarness().given("ZADD k 1 a 2 b 3 c 4 d");

    @Test
    void ranksFromTheHighestScore() {
        assertEquals("[d, 4, c, 3, b, 2, a, 1]", z.text("ZREVRANGE", "k", "0", "-1", "WITHSCORES"));
        assertEquals("[b, a]", z.text("ZREVRANGE", "k", "-2", "-1"));
    }

    @Test
    void acceptsOnlyWithscores() {
        assertEquals("-ERR syntax error", z.text("ZREVRANGE", "k", "0", "-1", "BYSCORE"));
        assertEquals("-ERR syntax error", z.text("ZREVRANGE", "k", "0", "-1", "REV"));
        assertEquals("-ERR syntax error", z.text("ZREVRANGE", "k", "0", "-1", "foo"));
    }
}
