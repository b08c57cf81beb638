package io.hexaredis.application.commands.zset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ZrangeCommandTest {

    private final SortedSetHarness z = new SortedSetHarness().given("ZADD k 1 a 2 b 3 c 4 d");

    @Test
    void byRankWithNegativeIndexesAndClamping() {
        assertEquals("[a, b, c, d]", z.text("ZRANGE", "k", "0", "-1"));
        assertEquals("[c, d]", z.text("ZRANGE", "k", "-2", "-1"));
        assertEquals("[a, b, c, d]", z.text("ZRANGE", "k", "-100", "100"));
        assertEquals("[]", z.text("ZRANGE", "k", "2", "1"));
        assertEquals("[]", z.text("ZRANGE", "k", "5", "6"));
        assertEquals("[]", z.text("ZRANGE", "k", "9223372036854775807", "-9223372036854775808"));
        assertEquals("[d, c]", z.text("ZRANGE", "k", "0", "1", "REV"));
        assertEquals("[a, 1, b, 2]", z.text("ZRANGE", "k", "0", "1", "WITHSCORES", "withscores"));
    }

    @Test
    void byScoreAndByLexWithRevAndLimit() {
        assertEquals("[b, c]", z.text("ZRANGE", "k", "(1", "3", "BYSCORE"));
        assertEquals("[c, b, a]", z.text("ZRANGE", "k", "3", "0", "BYSCORE", "REV"));
        assertEquals("[b, c, d]", z.text("ZRANGE", "k", "-inf", "+inf", "BYSCORE", "LIMIT", "1", "-5"));
        assertEquals("[]", z.text("ZRANGE", "k", "-inf", "+inf", "BYSCORE", "LIMIT", "-1", "2"));
        assertEquals("[]", z.text("ZRANGE", "k", "-inf", "+inf", "BYSCORE", "LIMIT", "4", "2"));
        assertEquals("[c, b]", z.text("ZRANGE", "k", "+", "-", "BYLEX", "REV", "LIMIT", "1", "2"));
        assertEquals("[b, c]", z.text("ZRANGE", "k", "(a", "[c", "BYLEX"));
        assertEquals("[b, 2]", z.text("ZRANGE", "k", "-inf", "+inf", "BYSCORE", "LIMIT", "0", "1", "LIMIT", "1", "1", "WITHSCORES"));
    }

    @Test
    void optionErrorsComeInRedisOrder() {
        assertEquals("-ERR syntax error, LIMIT is only supported in combination with either BYSCORE or BYLEX",
                z.text("ZRANGE", "k", "0", "1", "LIMIT", "0", "1"));
        assertEquals("-ERR syntax error, WITHSCORES not supported in combination with BYLEX",
                z.text("ZRANGE", "k", "-", "+", "BYLEX", "WITHSCORES"));
        assertEquals("-ERR syntax error", z.text("ZRANGE", "k", "0", "-1", "REV", "REV"));
        assertEquals("-ERR syntax error", z.text("ZRANGE", "k", "0", "-1", "BYSCORE", "BYLEX"));
        assertEquals("-ERR syntax error", z.text("ZRANGE", "k", "0", "-1", "LIMIT", "1"));
        assertEquals("-ERR syntax error", z.text("ZRANGE", "k", "0", "-1", "foo"));
        assertEquals("-ERR value is not an integer or out of range", z.text("ZRANGE", "k", "0", "-1", "BYSCORE", "LIMIT", "1", "x"));
        assertEquals("-ERR value is not an integer or out of range", z.text("ZRANGE", "k", "x", "1"));
        assertEquals("-ERR min or max is not a float", z.text("ZRANGE", "k", "a", "b", "BYSCORE"));
        assertEquals("-ERR min or max not valid string range item", z.text("ZRANGE", "k", "0", "-1", "BYLEX"));
    }

    @Test
    void aMissingKeyIsEmptyAndAnotherTypeIsWrongtype() {
        z.given("SET str x");
        assertEquals("[]", z.text("ZRANGE", "missing", "0", "-1"));
        assertEquals("-ERR value is not an integer or out of range", z.text("ZRANGE", "missing", "x", "1"));
        assertEquals("-WRONGTYPE Operation against a key holding the wrong kind of value", z.text("ZRANGE", "str", "0", "-1"));
        assertEquals("-ERR syntax error", z.text("ZRANGE", "str", "0", "-1", "foo"));
    }

    @Test
    void withscoresIsFlatInResp2AndPairsInResp3() {
        assertEquals("[a, (double) 1, b, (double) 2]", SortedSetHarness.shape(z.run("ZRANGE", "k", "0", "1", "WITHSCORES")));
        z.resp3();
        assertEquals("[[a, (double) 1], [b, (double) 2]]", SortedSetHarness.shape(z.run("ZRANGE", "k", "0", "1", "WITHSCORES")));
        assertEquals("[a, b]", SortedSetHarness.shape(z.run("ZRANGE", "k", "0", "1")));
    }

    @Test
    void theSkiplistEncodingGivesTheSameRanges() {
        StringBuilder args = new StringBuilder("ZADD big");
        for (int i = 0; i < 200; i++) {
            args.append(' ').append(i / 2).append(" m").append(String.format("%03d", i));
        }
        z.given(args.toString());
        assertEquals("skiplist", z.encoding("big"));
        assertEquals("[m199, m198, m197]", z.text("ZRANGE", "big", "0", "2", "REV"));
        assertEquals("[m023, m024, m025]", z.text("ZRANGE", "big", "(10", "20", "BYSCORE", "LIMIT", "1", "3"));
        assertEquals("[m038, m037, m036]", z.text("ZRANGE", "big", "(20", "10", "BYSCORE", "REV", "LIMIT", "1", "3"));
        assertEquals("[m100, 50, m101, 50]", z.text("ZRANGE", "big", "100", "101", "WITHSCORES"));
    }
}
