package io.hexaredis.application.commands.string;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;

class SetnxCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void setsAMissingKeyAndAnswersOne() {
        assertEquals("1", text(h.run("SETNX", "k", "v")));
        assertEquals("v", text(h.run("GET", "k")));
        h.assertEffects("SETNX k v");
    }

    @Test
    void leavesAnExistingKeyOfAnyTypeAndAnswersZero() {
        h.run("SET", "k", "v");
        FakeList.storeIn(h, "l");
        h.clearEffects();
        assertEquals("0", text(h.run("SETNX", "k", "w")));
        assertEquals("0", text(h.run("SETNX", "l", "w")));
        assertEquals("v", text(h.run("GET", "k")));
        h.assertEffects();
    }

    @Test
    void anExpiredKeyCountsAsMissing() {
        h.run("SET", "k", "v", "PX", "10");
        h.clock.advance(10);
        h.clearEffects();
        assertEquals("1", text(h.run("SETNX", "k", "w")));
        h.assertEffects("DEL k", "SETNX k w");
    }
}
