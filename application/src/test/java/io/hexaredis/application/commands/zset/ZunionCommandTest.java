package io.hexaredis.application.commands.zset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ZunionCommandTest {

    private final SortedSetHarness z = new SortedSetHarness().given("ZADD a 1 x 2 y 3 z", "ZADD b 1 x 2 y", "SET str x");

    @Test
    void unitesWithWeightsAndAggregates() {
        assertEquals("[x, 2, z, 3, y, 4]", z.text("ZUNION", "2", "a", "b", "WITHSCORES"));
        assertEquals("[x, 3, y, 6, z, 6]", z.text("ZUNION", "2", "a", "b", "WEIGHTS", "2", "3", "WITHSCORES", "AGGREGATE", "MAX"));
        assertEquals("[x, 1, y, 2, z, 3]", z.text("ZUNION", "2", "a", "b", "AGGREGATE", "min", "WITHSCORES"));
        assertEquals("[x, z, y]", z.text("ZUNION", "3", "a", "missing", "b", "AGGREGATE", "SUM"));
        assertEquals("[x, 2, y, 4, z, 6]", z.text("ZUNION", "1", "a", "WEIGHTS", "1", "WEIGHTS", "2", "WITHSCORES"));
        assertEquals("[]", z.text("ZUNION", "2", "missing", "other"));
        z.assertEffects();
    }

    @Test
    void nanFromWeightsOrSumsCountsAsZero() {
        z.given("ZADD inf 1 x inf y -inf w");
        assertEquals("[w, 0, x, 0, y, 0]", z.text("ZUNION", "1", "inf", "WEIGHTS", "0", "WITHSCORES"));
        assertEquals("[w, 0, x, 0, y, 0]", z.text("ZUNION", "2", "inf", "inf", "WEIGHTS", "1", "-1", "WITHSCORES"));
    }

    @Test
    void argumentErrorsInRedisOrder() {
        assertEquals("-ERR at least 1 input key is needed for 'zunion' command", z.text("ZUNION", "0", "a"));
        assertEquals("-ERR value is not an integer or out of range", z.text("ZUNION", "x", "a"));
        assertEquals("-ERR syntax error", z.text("ZUNION", "2", "a"));
        assertEquals("-WRONGTYPE Operation against a key holding the wrong kind of value", z.text("ZUNION", "1", "str", "foo"));
        assertEquals("-ERR syntax error", z.text("ZUNION", "1", "a", "WEIGHTS"));
        assertEquals("-ERR syntax error", z.text("ZUNION", "1", "a", "WEIGHTS", "1", "2"));
        assertEquals("-ERR weight value is not a float", z.text("ZUNION", "1", "a", "WEIGHTS", "x"));
        assertEquals("-ERR weight value is not a float", z.text("ZUNION", "1", "a", "WEIGHTS", "nan"));
        assertEquals("-ERR syntax error", z.text("ZUNION", "1", "a", "AGGREGATE", "foo"));
        assertEquals("-ERR syntax error", z.text("ZUNION", "1", "a", "AGGREGATE"));
        assertEquals("-ERR syntax error", z.text("ZUNION", "1", "a", "LIMIT", "1"));
    }

    @Test
    void pairsInResp3() {
        assertEquals("[[x, (double) 1], [y, (double) 2]]",
                SortedSetHarness.shape(z.resp3().run("ZUNION", "1", "b", "WITHSCORES")));
    }

    @Test
    void theReplyComesFromTheSkiplistSoANegativeZeroShowsWhileTheStoredCopyLosesIt() {
        z.given("ZADD zero 0 x");
        assertEquals("[x, -0]", z.text("ZUNION", "1", "zero", "WEIGHTS", "-1", "WITHSCORES"));
        z.given("ZUNIONSTORE dst 1 zero WEIGHTS -1");
        assertEquals("[x, 0]", z.text("ZRANGE", "dst", "0", "-1", "WITHSCORES"));
    }
}
