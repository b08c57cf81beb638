package io.hexaredis.application.commands.zset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ZrevrangebylexCommandTest {

    private final SortedSetHarness z = new SortedSetHarness().given("ZADD k 0 a 0 b 0 c 0 d");

    @Test
    void takesTheMaximumFirstAndGoesDown() {
        assertEquals("[d]", z.text("ZREVRANGEBYLEX", "k", "+", "-", "LIMIT", "0", "1"));
        assertEquals("[c, b]", z.text("ZREVRANGEBYLEX", "k", "[c", "[b"));
        assertEquals("[]", z.text("ZREVRANGEBYLEX", "k", "[b", "[c"));
    }
}
