package io.hexaredis.application.commands.zset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class ZremCommandTest {

    private final SortedSetHarness z = new SortedSetHarness();

    @Test
    void removesTheMembersThatExistAndCountsThem() {
        z.given("ZADD k 1 a 2 b 3 c");
        assertEquals("2", z.text("ZREM", "k", "a", "nope", "c"));
        assertEquals("[b]", z.text("ZRANGE", "k", "0", "-1"));
        z.assertEffects("ZREM k a nope c");
        z.assertEvents("zrem k");
    }

    @Test
    void removingTheLastMemberDeletesTheKey() {
        z.given("ZADD k 1 a");
        assertEquals("1", z.text("ZREM", "k", "a", "a"));
        assertFalse(z.exists("k"));
        z.assertEvents("zrem k", "del k");
    }

    @Test
    void nothingRemovedIsNothingPropagated() {
        z.given("ZADD k 1 a", "SET str x");
        assertEquals("0", z.text("ZREM", "k", "nope"));
        assertEquals("0", z.text("ZREM", "missing", "a"));
        assertEquals("-WRONGTYPE Operation against a key holding the wrong kind of value", z.text("ZREM", "str", "a"));
        z.assertEffects();
    }

    @Test
    void worksOnTheSkiplistEncodingToo() {
        z.given("ZADD k 1 " + "x".repeat(65) + " 2 b");
        assertEquals("skiplist", z.encoding("k"));
        assertEquals("1", z.text("ZREM", "k", "x".repeat(65)));
        assertEquals("[b]", z.text("ZRANGE", "k", "0", "-1"));
        assertEquals("skiplist", z.encoding("k"));
    }
}
