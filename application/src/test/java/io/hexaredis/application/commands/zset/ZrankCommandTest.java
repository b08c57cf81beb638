package io.hexaredis.application.commands.zset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ZrankCommandTest {

    private final SortedSetHarness z = new SortedSetHarness();

    @Test
    void ranksFromTheLowestScoreAndNilForMissing() {
        z.given("ZADD k 1 a 2 b 3 c", "SET str x");
        assertEquals("0", z.text("ZRANK", "k", "a"));
        assertEquals("2", z.text("ZRANK", "k", "c"));
        assertNull(z.text("ZRANK", "k", "nope"));
        assertNull(z.text("ZRANK", "missing", "a"));
        assertEquals("-WRONGTYPE Operation against a key holding the wrong kind of value", z.text("ZRANK", "str", "a"));
    }

    @Test
    void hasNoWithscoreOptionInRedis70() {
        z.given("ZADD k 1 a");
        assertEquals("-ERR wrong number of arguments for 'zrank' command", z.text("ZRANK", "k", "a", "WITHSCORE"));
    }

    @Test
    void ranksInTheSkiplistEncodingUseSpans() {
        StringBuilder args = new StringBuilder("ZADD k");
        for (int i = 0; i < 500; i++) {
            args.append(' ').append(i).append(" m").append(i);
        }
        z.given(args.toString());
        assertEquals("skiplist", z.encoding("k"));
        assertEquals("321", z.text("ZRANK", "k", "m321"));
    }
}
