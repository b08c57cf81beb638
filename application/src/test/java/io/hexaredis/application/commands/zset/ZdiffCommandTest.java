package io.hexaredis.application.commands.zset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ZdiffCommandTest {

    private final SortedSetHarness z = new SortedSetHarness().given("ZADD a 1 x 2 y 3 z", "ZADD b 1 y");

    @Test
    void keepsTheFirstInputsOwnMembersWithTheirScores() {
        assertEquals("[x, 1, z, 3]", z.text("ZDIFF", "2", "a", "b", "WITHSCORES"));
        assertEquals("[]", z.text("ZDIFF", "2", "b", "a"));
        assertEquals("[]", z.text("ZDIFF", "1", "missing"));
        assertEquals("[x, y, z]", z.text("ZDIFF", "2", "a", "missing"));
    }

    @Test
    void hasNoWeightsOrAggregate() {
        assertEquals("-ERR syntax error", z.text("ZDIFF", "1", "a", "WEIGHTS", "1"));
        assertEquals("-ERR syntax error", z.text("ZDIFF", "1", "a", "AGGREGATE", "SUM"));
        assertEquals("-ERR at least 1 input key is needed for 'zdiff' command", z.text("ZDIFF", "0", "a"));
    }
}
