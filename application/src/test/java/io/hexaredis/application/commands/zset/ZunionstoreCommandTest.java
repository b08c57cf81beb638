package io.hexaredis.application.commands.zset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class ZunionstoreCommandTest {

    private final SortedSetHarness z = new SortedSetHarness().given("ZADD a 1 x 2 y", "ZADD b 1 y 5 z");

    @Test
    void storesTheUnionAndPropagatesAsSent() {
        assertEquals("3", z.text("ZUNIONSTORE", "dst", "2", "a", "b", "WEIGHTS", "1", "2"));
        assertEquals("[x, 1, y, 4, z, 10]", z.text("ZRANGE", "dst", "0", "-1", "WITHSCORES"));
        z.assertEffects("ZUNIONSTORE dst 2 a b WEIGHTS 1 2");
        z.assertEvents("zunionstore dst");
    }

    @Test
    void anEmptyResultDeletesTheDestination() {
        z.given("SET dst x");
        assertEquals("0", z.text("ZUNIONSTORE", "dst", "1", "missing"));
        assertFalse(z.exists("dst"));
        assertEquals("0", z.text("ZUNIONSTORE", "dst", "1", "missing"));
        z.assertEffects("ZUNIONSTORE dst 1 missing");
        z.assertEvents("del dst");
    }

    @Test
    void aDestinationThatIsAlsoAnInputIsReadFirst() {
        assertEquals("3", z.text("ZUNIONSTORE", "a", "2", "a", "b"));
        assertEquals("[x, 1, y, 3, z, 5]", z.text("ZRANGE", "a", "0", "-1", "WITHSCORES"));
    }

    @Test
    void refusesWithscoresAndNamesItself() {
        assertEquals("-ERR syntax error", z.text("ZUNIONSTORE", "dst", "1", "a", "WITHSCORES"));
        assertEquals("-ERR at least 1 input key is needed for 'zunionstore' command", z.text("ZUNIONSTORE", "dst", "0", "a"));
        assertEquals("-ERR syntax error", z.text("ZUNIONSTORE", "dst", "10", "a"));
    }

    @Test
    void storesCompactlyWhenTheResultFits() {
        StringBuilder args = new StringBuilder("ZADD big");
        for (int i = 0; i < 200; i++) {
            args.append(' ').append(i).append(" m").append(i);
        }
        z.given(args.toString(), "ZUNIONSTORE all 1 big", "ZINTERSTORE few 2 big a", "ZADD a 0 m1");
        assertEquals("skiplist", z.encoding("all"));
        z.given("ZINTERSTORE few 2 big a");
        assertEquals("listpack", z.encoding("few"));
    }

    @Test
    void plainSetsCountAsMembersOfScoreOne() {
        z.given("SADD s x q", "SADD ints 1 2 10");
        assertEquals("4", z.text("ZUNIONSTORE", "dst", "2", "s", "b", "WEIGHTS", "2", "1"));
        assertEquals("[y, 1, q, 2, x, 2, z, 5]", z.text("ZRANGE", "dst", "0", "-1", "WITHSCORES"));
        assertEquals("[x, 3]", z.text("ZINTER", "2", "a", "s", "WITHSCORES", "WEIGHTS", "1", "2"));
        assertEquals("[q]", z.text("ZDIFF", "2", "s", "a"));
        assertEquals("1", z.text("ZINTERCARD", "2", "s", "a"));
        assertEquals("[1, 1, 10, 1, 2, 1]", z.text("ZUNION", "1", "ints", "WITHSCORES"));
        assertEquals("-WRONGTYPE Operation against a key holding the wrong kind of value", z.text("ZRANGE", "s", "0", "-1"));
    }

    @Test
    void anExpiredDestinationIsReportedExpiredBeforeAResultReplacesIt() {
        z.given("SET dst x PX 10");
        z.h.clock.advance(10);
        z.h.clearRecords();
        assertEquals("2", z.text("ZUNIONSTORE", "dst", "1", "a"));
        z.assertEvents("expired dst", "zunionstore dst");
        z.assertEffects("DEL dst", "ZUNIONSTORE dst 1 a");
    }

    @Test
    void anEmptyResultDeletesAnExpiredDestinationAsDel() {
        z.given("SET dst x PX 10");
        z.h.clock.advance(10);
        z.h.clearRecords();
        assertEquals("0", z.text("ZUNIONSTORE", "dst", "1", "missing"));
        z.assertEvents("del dst");
        z.assertEffects("ZUNIONSTORE dst 1 missing");
    }
}
