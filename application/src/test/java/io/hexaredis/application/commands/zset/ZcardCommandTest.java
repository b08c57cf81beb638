package io.hexaredis.application.commands.zset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ZcardCommandTest {

    private final SortedSetHarness z = new SortedSetHarness();

    @Test
    void countsMembersAndAMissingKeyHasNone() {
        z.given("ZADD k 1 a 2 b", "SET str x");
        assertEquals("2", z.text("ZCARD", "k"));
        assertEquals("0", z.text("ZCARD", "missing"));
        assertEquals("-WRONGTYPE Operation against a key holding the wrong kind of value", z.text("ZCARD", "str"));
    }
}
