package io.hexaredis.application.commands.zset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ZinterCommandTest {

    private final SortedSetHarness z = new SortedSetHarness().given("ZADD a 1 x 2 y 3 z", "ZADD b 1 y 2 z 3 w");

    @Test
    void keepsMembersOfEveryInput() {
        assertEquals("[y, 3, z, 5]", z.text("ZINTER", "2", "a", "b", "WITHSCORES"));
        assertEquals("[y, 1, z, 2]", z.text("ZINTER", "2", "a", "b", "AGGREGATE", "MIN", "WITHSCORES"));
        assertEquals("[y, inf, z, inf]", z.text("ZINTER", "2", "a", "b", "WEIGHTS", "inf", "1", "WITHSCORES"));
        assertEquals("[]", z.text("ZINTER", "2", "a", "missing"));
        assertEquals("[x, 3, y, 6, z, 9]", z.text("ZINTER", "3", "a", "a", "a", "WITHSCORES"));
    }

    @Test
    void namesItselfInTheNumkeysError() {
        assertEquals("-ERR at least 1 input key is needed for 'zinter' command", z.text("ZINTER", "-1", "a"));
    }
}
