package io.hexaredis.application.commands.zset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ZscoreCommandTest {

    private final SortedSetHarness z = new SortedSetHarness();

    @Test
    void repliesTheScoreFormattedLikeRedis() {
        z.given("ZADD k 1.1 a 123456789012345678 b 1e20 c -inf d");
        assertEquals("1.1000000000000001", z.text("ZSCORE", "k", "a"));
        assertEquals("1.2345678901234568e+17", z.text("ZSCORE", "k", "b"));
        assertEquals("1e+20", z.text("ZSCORE", "k", "c"));
        assertEquals("-inf", z.text("ZSCORE", "k", "d"));
    }

    @Test
    void missingKeyOrMemberIsNil() {
        z.given("ZADD k 1 a", "SET str x");
        assertNull(z.text("ZSCORE", "k", "nope"));
        assertNull(z.text("ZSCORE", "missing", "a"));
        assertEquals("-WRONGTYPE Operation against a key holding the wrong kind of value", z.text("ZSCORE", "str", "a"));
    }

    @Test
    void negativeZeroSurvivesOnlyInTheSkiplistEncoding() {
        z.given("ZADD small -0 a", "ZADD big -0 " + "x".repeat(65));
        assertEquals("0", z.text("ZSCORE", "small", "a"));
        assertEquals("-0", z.text("ZSCORE", "big", "x".repeat(65)));
    }

    @Test
    void isADoubleInResp3() {
        z.given("ZADD k 1.5 a");
        assertEquals("(double) 1.5", SortedSetHarness.shape(z.resp3().run("ZSCORE", "k", "a")));
        assertEquals("(nil)", SortedSetHarness.shape(z.run("ZSCORE", "k", "b")));
    }
}
