package io.hexaredis.application.commands.zset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ZmscoreCommandTest {

    private final SortedSetHarness z = new SortedSetHarness();

    @Test
    void oneScoreOrNilPerMemberInOrder() {
        z.given("ZADD k 1 a 2 b", "SET str x");
        assertEquals("[2, null, 1]", z.text("ZMSCORE", "k", "b", "nope", "a"));
        assertEquals("[null, null]", z.text("ZMSCORE", "missing", "a", "b"));
        assertEquals("-WRONGTYPE Operation against a key holding the wrong kind of value", z.text("ZMSCORE", "str", "a"));
        assertEquals("-ERR wrong number of arguments for 'zmscore' command", z.text("ZMSCORE", "k"));
    }

    @Test
    void scoresAreDoublesInResp3() {
        z.given("ZADD k 1 a");
        assertEquals("[(double) 1, (nil)]", SortedSetHarness.shape(z.resp3().run("ZMSCORE", "k", "a", "b")));
    }
}
