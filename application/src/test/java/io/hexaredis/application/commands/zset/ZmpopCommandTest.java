package io.hexaredis.application.commands.zset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ZmpopCommandTest {

    private final SortedSetHarness z = new SortedSetHarness().given("ZADD k 1 a 2 b 3 c", "SET str x");

    @Test
    void popsFromTheFirstNonEmptyKeyAndPropagatesAZpopWithTheCountPopped() {
        assertEquals("[k, [[a, 1], [b, 2]]]", z.text("ZMPOP", "2", "missing", "k", "MIN", "COUNT", "2"));
        assertEquals("[k, [[c, 3]]]", z.text("ZMPOP", "1", "k", "max", "count", "5"));
        assertEquals(null, z.text("ZMPOP", "1", "k", "MIN"));
        z.assertEffects("ZPOPMIN k 2", "ZPOPMAX k 1");
        z.assertEvents("zpopmin k", "zpopmax k", "del k");
    }

    @Test
    void nothingToPopIsANilArray() {
        assertEquals("(nil array)", SortedSetHarness.shape(z.run("ZMPOP", "1", "missing", "MIN")));
        z.assertEffects();
    }

    @Test
    void argumentErrors() {
        assertEquals("-ERR numkeys should be greater than 0", z.text("ZMPOP", "0", "k", "MIN"));
        assertEquals("-ERR numkeys should be greater than 0", z.text("ZMPOP", "x", "k", "MIN"));
        assertEquals("-ERR syntax error", z.text("ZMPOP", "2", "k", "MIN"));
        assertEquals("-ERR syntax error", z.text("ZMPOP", "9223372036854775807", "k", "MIN"));
        assertEquals("-ERR syntax error", z.text("ZMPOP", "1", "k", "foo"));
        assertEquals("-ERR count should be greater than 0", z.text("ZMPOP", "1", "k", "MIN", "COUNT", "0"));
        assertEquals("-ERR count should be greater than 0", z.text("ZMPOP", "1", "k", "MIN", "COUNT", "x"));
        assertEquals("-ERR syntax error", z.text("ZMPOP", "1", "k", "MIN", "COUNT"));
        assertEquals("-ERR syntax error", z.text("ZMPOP", "1", "k", "MIN", "COUNT", "1", "COUNT", "1"));
        assertEquals("-ERR wrong number of arguments for 'zmpop' command", z.text("ZMPOP", "1", "k"));
    }

    @Test
    void aKeyOfAnotherTypeBeforeTheFirstSetIsWrongtype() {
        assertEquals("-WRONGTYPE Operation against a key holding the wrong kind of value",
                z.text("ZMPOP", "2", "str", "k", "MIN"));
        assertEquals("[k, [[a, 1]]]", z.text("ZMPOP", "2", "k", "str", "MIN"));
    }

    @Test
    void scoresAreDoublesInResp3() {
        assertEquals("[k, [[a, (double) 1]]]", SortedSetHarness.shape(z.resp3().run("ZMPOP", "1", "k", "MIN")));
    }
}
