package io.hexaredis.application.commands.zset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ZrevrankCommandTest {

    private final SortedSetHarness z = new SortedSetHarness();

    @Test
    void ranksFromTheHighestScore() {
        z.given("ZADD k 1 a 2 b 3 c", "ZADD big 1 " + "x".repeat(65) + " 2 b 3 c");
        assertEquals("2", z.text("ZREVRANK", "k", "a"));
        assertEquals("0", z.text("ZREVRANK", "k", "c"));
        assertEquals("2", z.text("ZREVRANK", "big", "x".repeat(65)));
        assertNull(z.text("ZREVRANK", "k", "nope"));
        assertEquals("-ERR wrong number of arguments for 'zrevrank' command", z.text("ZREVRANK", "k", "a", "WITHSCORE"));
    }
}
