package io.hexaredis.application.commands.zset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ZintercardCommandTest {

    private final SortedSetHarness z = new SortedSetHarness().given("ZADD a 1 x 2 y 3 z", "ZADD b 1 x 2 y 3 w", "SET str x");

    @Test
    void countsTheIntersectionUpToTheLimit() {
        assertEquals("2", z.text("ZINTERCARD", "2", "a", "b"));
        assertEquals("1", z.text("ZINTERCARD", "2", "a", "b", "LIMIT", "1"));
        assertEquals("2", z.text("ZINTERCARD", "2", "a", "b", "LIMIT", "0"));
        assertEquals("2", z.text("ZINTERCARD", "2", "a", "b", "LIMIT", "1", "LIMIT", "5"));
        assertEquals("0", z.text("ZINTERCARD", "2", "a", "missing"));
    }

    @Test
    void argumentErrors() {
        assertEquals("-ERR at least 1 input key is needed for 'zintercard' command", z.text("ZINTERCARD", "0", "a"));
        assertEquals("-ERR LIMIT can't be negative", z.text("ZINTERCARD", "1", "a", "LIMIT", "-1"));
        assertEquals("-ERR LIMIT can't be negative", z.text("ZINTERCARD", "1", "a", "LIMIT", "x"));
        assertEquals("-ERR syntax error", z.text("ZINTERCARD", "1", "a", "LIMIT"));
        assertEquals("-ERR syntax error", z.text("ZINTERCARD", "1", "a", "WEIGHTS", "1"));
        assertEquals("-ERR syntax error", z.text("ZINTERCARD", "2", "a"));
        assertEquals("-WRONGTYPE Operation against a key holding the wrong kind of value", z.text("ZINTERCARD", "1", "str", "LIMIT", "x"));
    }
}
