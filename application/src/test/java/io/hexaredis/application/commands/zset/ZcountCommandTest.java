package io.hexaredis.application.commands.zset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ZcountCommandTest {

    private final SortedSetHarness z = new SortedSetHarness();

    @Test
    void countsScoresInTheRangeWithExclusiveBoundsAndInfinities() {
        z.given("ZADD k 1 a 2 b 3 c 4 d");
        assertEquals("3", z.text("ZCOUNT", "k", "(1", "4"));
        assertEquals("2", z.text("ZCOUNT", "k", "(1", "(4"));
        assertEquals("4", z.text("ZCOUNT", "k", "-inf", "+inf"));
        assertEquals("0", z.text("ZCOUNT", "k", "3", "1"));
        assertEquals("0", z.text("ZCOUNT", "missing", "0", "1"));
    }

    @Test
    void boundsAreReadLikeRedisReadsThem() {
        z.given("ZADD k 1 a 2 b 3 c", "SET str x");
        assertEquals("0", z.text("ZCOUNT", "k", "1", "("));
        assertEquals("3", z.text("ZCOUNT", "k", " 1", "100"));
        assertEquals("3", z.text("ZCOUNT", "k", "-1e400", "1e400"));
        assertEquals("-ERR min or max is not a float", z.text("ZCOUNT", "k", "1 ", "100"));
        assertEquals("-ERR min or max is not a float", z.text("ZCOUNT", "k", "((1", "3"));
        assertEquals("-ERR min or max is not a float", z.text("ZCOUNT", "str", "x", "1"));
        assertEquals("-WRONGTYPE Operation against a key holding the wrong kind of value", z.text("ZCOUNT", "str", "1", "2"));
    }

    @Test
    void countsOnTheSkiplistEncodingByRanks() {
        StringBuilder args = new StringBuilder("ZADD k");
        for (int i = 0; i < 300; i++) {
            args.append(' ').append(i % 100).append(" m").append(i);
        }
        z.given(args.toString());
        assertEquals("skiplist", z.encoding("k"));
        assertEquals("30", z.text("ZCOUNT", "k", "(10", "20"));
    }
}
