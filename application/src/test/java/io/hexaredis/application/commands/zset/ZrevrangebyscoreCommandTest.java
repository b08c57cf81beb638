package io.hexaredis.application.commands.zset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ZrevrangebyscoreCommandTest {

    private final SortedSetHarness z = new SortedSetHarness().given("ZADD k 1 a 2 b 3 c 4 d");

    @Test
    void takesTheMaximumFirstAndGoesDown() {
        assertEquals("[c, 3, b, 2]", z.text("ZREVRANGEBYSCORE", "k", "+inf", "-inf", "WITHSCORES", "LIMIT", "1", "2"));
        assertEquals("[c, b, a]", z.text("ZREVRANGEBYSCORE", "k", "3", "1"));
        assertEquals("[]", z.text("ZREVRANGEBYSCORE", "k", "1", "3"));
        assertEquals("-ERR syntax error", z.text("ZREVRANGEBYSCORE", "k", "3", "1", "REV"));
    }
}
