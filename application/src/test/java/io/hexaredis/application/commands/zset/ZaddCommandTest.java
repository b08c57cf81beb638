package io.hexaredis.application.commands.zset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class ZaddCommandTest {

    private final SortedSetHarness z = new SortedSetHarness();

    @Test
    void addsMembersAndCountsOnlyNewOnesUnlessCh() {
        assertEquals("2", z.text("ZADD", "k", "1", "a", "2", "b"));
        assertEquals("1", z.text("ZADD", "k", "5", "a", "3", "c"));
        assertEquals("2", z.text("ZADD", "k", "CH", "6", "a", "4", "d", "4", "d"));
        assertEquals("[b, 2, c, 3, d, 4, a, 6]", z.text("ZRANGE", "k", "0", "-1", "WITHSCORES"));
        z.assertEffects("ZADD k 1 a 2 b", "ZADD k 5 a 3 c", "ZADD k CH 6 a 4 d 4 d");
        z.assertEvents("zadd k", "zadd k", "zadd k");
    }

    @Test
    void incompatibleOptionsAreRejectedInRedisOrder() {
        assertEquals("-ERR syntax error", z.text("ZADD", "k", "nx", "xx", "1"));
        assertEquals("-ERR XX and NX options at the same time are not compatible", z.text("ZADD", "k", "nx", "xx", "1", "a"));
        assertEquals("-ERR GT, LT, and/or NX options at the same time are not compatible", z.text("ZADD", "k", "gt", "lt", "1", "a"));
        assertEquals("-ERR GT, LT, and/or NX options at the same time are not compatible", z.text("ZADD", "k", "NX", "GT", "1", "a"));
        assertEquals("-ERR INCR option supports a single increment-element pair", z.text("ZADD", "k", "incr", "1", "a", "2", "b"));
        assertEquals("-ERR syntax error", z.text("ZADD", "k", "1", "a", "2"));
        assertEquals("-ERR syntax error", z.text("ZADD", "k", "foo", "1", "a"));
        assertFalse(z.exists("k"));
    }

    @Test
    void everyScoreIsCheckedBeforeTheKeyIsTouched() {
        z.given("SET str x");
        assertEquals("-ERR value is not a valid float", z.text("ZADD", "str", "x", "a"));
        assertEquals("-ERR value is not a valid float", z.text("ZADD", "k", "1", "a", "nan", "b"));
        assertEquals("-ERR value is not a valid float", z.text("ZADD", "k", "1e400", "a"));
        assertEquals("-WRONGTYPE Operation against a key holding the wrong kind of value", z.text("ZADD", "str", "1", "a"));
        assertFalse(z.exists("k"));
    }

    @Test
    void scoresAreReadAsStrtodReadsThem() {
        assertEquals("4", z.text("ZADD", "k", "0x10", "a", "1.", "b", ".5", "c", "-INF", "d"));
        assertEquals("[d, -inf, c, 0.5, b, 1, a, 16]", z.text("ZRANGE", "k", "0", "-1", "WITHSCORES"));
    }

    @Test
    void xxOnAMissingKeyCreatesNothingAndPropagatesNothing() {
        assertEquals("0", z.text("ZADD", "k", "XX", "1", "a"));
        assertEquals(null, z.text("ZADD", "k", "XX", "INCR", "1", "a"));
        assertFalse(z.exists("k"));
        z.assertEffects();
        z.assertEvents();
    }

    @Test
    void gtAndLtOnlyUpdateInTheirDirectionButStillAddNewMembers() {
        z.given("ZADD k 5 a");
        assertEquals("0", z.text("ZADD", "k", "GT", "CH", "4", "a"));
        assertEquals("2", z.text("ZADD", "k", "GT", "CH", "6", "a", "1", "b"));
        assertEquals("1", z.text("ZADD", "k", "LT", "CH", "7", "a", "0", "b"));
        assertEquals("[b, 0, a, 6]", z.text("ZRANGE", "k", "0", "-1", "WITHSCORES"));
    }

    @Test
    void incrRepliesTheNewScoreOrNilWhenAnOptionPreventsIt() {
        assertEquals("1.5", z.text("ZADD", "k", "INCR", "1.5", "a"));
        assertEquals("3", z.text("ZADD", "k", "incr", "1.5", "a"));
        assertEquals(null, z.text("ZADD", "k", "INCR", "NX", "1", "a"));
        assertEquals(null, z.text("ZADD", "k", "INCR", "GT", "-1", "a"));
        assertEquals("(double) 3", SortedSetHarness.shape(z.resp3().run("ZADD", "k", "INCR", "0", "a")));
        z.assertEvents("zincr k", "zincr k");
    }

    @Test
    void anIncrementThatGivesNanIsRefused() {
        z.given("ZADD k inf a");
        assertEquals("-ERR resulting score is not a number (NaN)", z.text("ZADD", "k", "INCR", "-inf", "a"));
        assertEquals("inf", z.text("ZSCORE", "k", "a"));
        z.assertEffects();
    }

    @Test
    void addingWhatIsAlreadyThereIsNeitherPropagatedNorNotified() {
        z.given("ZADD k 1 a");
        assertEquals("0", z.text("ZADD", "k", "1", "a"));
        assertEquals("0", z.text("ZADD", "k", "NX", "5", "a"));
        assertEquals("1", z.text("ZADD", "k", "INCR", "0", "a"));
        z.assertEffects();
        z.assertEvents();
    }

    @Test
    void staysListpackUntilTheLimitsAreExceeded() {
        StringBuilder args = new StringBuilder("ZADD k");
        for (int i = 0; i < 128; i++) {
            args.append(' ').append(i).append(" m").append(i);
        }
        z.given(args.toString());
        assertEquals("listpack", z.encoding("k"));
        z.given("ZADD k 128 m128");
        assertEquals("skiplist", z.encoding("k"));
        z.given("ZADD short 1 " + "x".repeat(64), "ZADD long 1 " + "x".repeat(65));
        assertEquals("listpack", z.encoding("short"));
        assertEquals("skiplist", z.encoding("long"));
    }

    @Test
    void theLimitsComeFromTheConfigurationUnderBothNames() {
        z.h.config.set("zset-max-ziplist-entries", "2");
        z.given("ZADD k 1 a 2 b");
        assertEquals("listpack", z.encoding("k"));
        z.given("ZADD k 3 c");
        assertEquals("skiplist", z.encoding("k"));
        z.h.config.set("zset-max-listpack-entries", "0");
        z.given("ZADD other 1 a");
        assertEquals("skiplist", z.encoding("other"));
        z.h.config.set("zset-max-listpack-entries", "128");
        z.h.config.set("zset-max-listpack-value", "2");
        z.given("ZADD third 1 abc");
        assertEquals("skiplist", z.encoding("third"));
    }

    @Test
    void aNewKeyLooksOnlyAtItsFirstMemberToPickTheEncoding() {
        StringBuilder dup = new StringBuilder("ZADD k");
        for (int i = 0; i < 200; i++) {
            dup.append(" 1 same");
        }
        z.given(dup.toString());
        assertEquals("listpack", z.encoding("k"));
        assertEquals(1, z.zset("k").size());
    }
}
