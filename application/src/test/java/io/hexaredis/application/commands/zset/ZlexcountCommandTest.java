package io.hexaredis.application.commands.zset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ZlexcountCommandTest {

    private final SortedSetHarness z = new SortedSetHarness();

    @Test
    void countsMembersBetweenLexBounds() {
        z.given("ZADD k 0 a 0 b 0 c 0 d");
        assertEquals("4", z.text("ZLEXCOUNT", "k", "-", "+"));
        assertEquals("2", z.text("ZLEXCOUNT", "k", "(a", "[c"));
        assertEquals("1", z.text("ZLEXCOUNT", "k", "[b", "[b"));
        assertEquals("0", z.text("ZLEXCOUNT", "k", "(b", "(b"));
        assertEquals("0", z.text("ZLEXCOUNT", "k", "+", "-"));
        assertEquals("0", z.text("ZLEXCOUNT", "missing", "-", "+"));
    }

    @Test
    void boundsNeedABracketOrAnOpenEndEvenForAMissingKey() {
        assertEquals("-ERR min or max not valid string range item", z.text("ZLEXCOUNT", "missing", "a", "b"));
        assertEquals("-ERR min or max not valid string range item", z.text("ZLEXCOUNT", "missing", "[a", "+b"));
    }
}
