package io.hexaredis.application.commands.zset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ZdiffstoreCommandTest {

    private final SortedSetHarness z = new SortedSetHarness().given("ZADD a 1 x 2 y", "ZADD b 10 y");

    @Test
    void storesTheDifference() {
        assertEquals("1", z.text("ZDIFFSTORE", "dst", "2", "a", "b"));
        assertEquals("[x, 1]", z.text("ZRANGE", "dst", "0", "-1", "WITHSCORES"));
        z.assertEffects("ZDIFFSTORE dst 2 a b");
        z.assertEvents("zdiffstore dst");
        assertEquals("-ERR syntax error", z.text("ZDIFFSTORE", "dst", "1", "a", "WEIGHTS", "1"));
        assertEquals("-ERR syntax error", z.text("ZDIFFSTORE", "dst", "1", "a", "WITHSCORES"));
        assertEquals("-ERR at least 1 input key is needed for 'zdiffstore' command", z.text("ZDIFFSTORE", "dst", "0", "a"));
    }
}
