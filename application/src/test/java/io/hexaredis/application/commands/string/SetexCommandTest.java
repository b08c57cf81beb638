package io.hexaredis.application.commands.string;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;

class SetexCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void setsWithATtlInSecondsPropagatedAsAbsolutePxat() {
        assertEquals("OK", text(h.run("SETEX", "k", "10", "v")));
        h.assertEffects("SET k v PXAT 1700000010000");
        h.clock.advance(10_000);
        assertNull(text(h.run("GET", "k")));
    }

    @Test
    void replacesAValueOfAnotherType() {
        FakeList.storeIn(h, "l");
        assertEquals("OK", text(h.run("SETEX", "l", "10", "v")));
        assertEquals("v", text(h.run("GET", "l")));
    }

    @Test
    void aNonPositiveTtlIsAnInvalidExpireTimeOfSetex() {
        assertEquals("-ERR invalid expire time in 'setex' command", text(h.run("SETEX", "k", "0", "v")));
        assertEquals("-ERR invalid expire time in 'setex' command", text(h.run("SETEX", "k", "-1", "v")));
        assertEquals("-ERR value is not an integer or out of range", text(h.run("SETEX", "k", "x", "v")));
        h.assertEffects();
    }
}
