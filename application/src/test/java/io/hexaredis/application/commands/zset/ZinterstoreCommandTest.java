package io.hexaredis.application.commands.zset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ZinterstoreCommandTest {

    private final SortedSetHarness z = new SortedSetHarness().given("ZADD a 1 x 2 y", "ZADD b 10 y 5 z");

    @Test
    void storesTheIntersection() {
        assertEquals("1", z.text("ZINTERSTORE", "dst", "2", "a", "b", "AGGREGATE", "MAX"));
        assertEquals("[y, 10]", z.text("ZRANGE", "dst", "0", "-1", "WITHSCORES"));
        z.assertEvents("zinterstore dst");
        assertEquals("0", z.text("ZINTERSTORE", "dst", "2", "a", "missing"));
        z.assertEvents("zinterstore dst", "del dst");
        assertEquals("-ERR syntax error", z.text("ZINTERSTORE", "dst", "1", "a", "WITHSCORES"));
    }
}
