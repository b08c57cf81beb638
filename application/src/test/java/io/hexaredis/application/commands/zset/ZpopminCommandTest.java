package io.hexaredis.application.commands.zset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class ZpopminCommandTest {

    private final SortedSetHarness z = new SortedSetHarness().given("ZADD k 1 a 2 b 3 c");

    @Test
    void popsTheLowestAndPropagatesAsSent() {
        assertEquals("[a, 1]", z.text("ZPOPMIN", "k"));
        assertEquals("[b, 2, c, 3]", z.text("ZPOPMIN", "k", "10"));
        assertFalse(z.exists("k"));
        z.assertEffects("ZPOPMIN k", "ZPOPMIN k 10");
        z.assertEvents("zpopmin k", "zpopmin k", "del k");
    }

    @Test
    void aZeroCountOrAMissingKeyPopsNothing() {
        assertEquals("[]", z.text("ZPOPMIN", "k", "0"));
        assertEquals("[]", z.text("ZPOPMIN", "missing"));
        assertEquals("[]", z.text("ZPOPMIN", "missing", "2"));
        z.assertEffects();
    }

    @Test
    void theCountMustBeANonNegativeIntegerCheckedBeforeTheKey() {
        z.given("SET str x");
        assertEquals("-ERR value is out of range, must be positive", z.text("ZPOPMIN", "k", "-1"));
        assertEquals("-ERR value is out of range, must be positive", z.text("ZPOPMIN", "missing", "x"));
        assertEquals("-ERR syntax error", z.text("ZPOPMIN", "k", "1", "2"));
        assertEquals("-WRONGTYPE Operation against a key holding the wrong kind of value", z.text("ZPOPMIN", "str", "0"));
    }

    @Test
    void withACountRepliesPairsInResp3ButOnePopStaysFlat() {
        z.resp3();
        assertEquals("[a, (double) 1]", SortedSetHarness.shape(z.run("ZPOPMIN", "k")));
        assertEquals("[[b, (double) 2]]", SortedSetHarness.shape(z.run("ZPOPMIN", "k", "1")));
    }

    @Test
    void popsFromTheSkiplistEncoding() {
        z.given("ZADD big 5 " + "x".repeat(65) + " 1 first 9 last");
        assertEquals("[first, 1, " + "x".repeat(65) + ", 5]", z.text("ZPOPMIN", "big", "2"));
        assertEquals("[last]", z.text("ZRANGE", "big", "0", "-1"));
    }
}
