package io.hexaredis.application.commands.zset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ZpopmaxCommandTest {

    private final SortedSetHarness z = new SortedSetHarness().given("ZADD k 1 a 2 b 3 c");

    @Test
    void popsTheHighestFirst() {
        assertEquals("[c, 3]", z.text("ZPOPMAX", "k"));
        assertEquals("[b, 2, a, 1]", z.text("ZPOPMAX", "k", "2"));
        z.assertEffects("ZPOPMAX k", "ZPOPMAX k 2");
        z.assertEvents("zpopmax k", "zpopmax k", "del k");
    }

    @Test
    void aZeroCountIsNotPropagated() {
        assertEquals("[]", z.text("ZPOPMAX", "k", "0"));
        z.assertEffects();
        z.assertEvents();
    }
}
