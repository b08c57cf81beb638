package io.hexaredis.application.commands.zset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ZincrbyCommandTest {

    private final SortedSetHarness z = new SortedSetHarness();

    @Test
    void incrementsFromZeroAndPropagatesAsSent() {
        assertEquals("2.5", z.text("ZINCRBY", "k", "2.5", "a"));
        assertEquals("3.6000000000000001", z.text("ZINCRBY", "k", "1.1", "a"));
        z.assertEffects("ZINCRBY k 2.5 a", "ZINCRBY k 1.1 a");
        z.assertEvents("zincr k", "zincr k");
    }

    @Test
    void aZeroIncrementChangesNothingAndIsNotPropagated() {
        z.given("ZADD k 5 a");
        assertEquals("5", z.text("ZINCRBY", "k", "0", "a"));
        z.assertEffects();
        z.assertEvents();
    }

    @Test
    void refusesBadIncrementsNanResultsAndOptions() {
        z.given("ZADD k inf a", "SET str x");
        assertEquals("-ERR value is not a valid float", z.text("ZINCRBY", "k", "abc", "a"));
        assertEquals("-ERR resulting score is not a number (NaN)", z.text("ZINCRBY", "k", "-inf", "a"));
        assertEquals("-ERR syntax error", z.text("ZINCRBY", "k", "ch", "1"));
        assertEquals("-ERR syntax error", z.text("ZINCRBY", "k", "nx", "a"));
        assertEquals("-WRONGTYPE Operation against a key holding the wrong kind of value", z.text("ZINCRBY", "str", "1", "a"));
        assertEquals("-ERR wrong number of arguments for 'zincrby' command", z.text("ZINCRBY", "k", "1"));
    }

    @Test
    void repliesADoubleInResp3() {
        assertEquals("(double) 1.5", SortedSetHarness.shape(z.resp3().run("ZINCRBY", "k", "1.5", "a")));
    }

    @Test
    void aZeroIncrementOfANegativeZeroAnswersTheSumButKeepsTheScore() {
        z.given("ZADD k -0 " + "x".repeat(65));
        assertEquals("0", z.text("ZINCRBY", "k", "0", "x".repeat(65)));
        assertEquals("-0", z.text("ZSCORE", "k", "x".repeat(65)));
    }
}
