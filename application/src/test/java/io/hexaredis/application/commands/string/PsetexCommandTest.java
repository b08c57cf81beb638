package io.hexaredis.application.commands.string;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;

class PsetexCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void setsWithATtlInMillisecondsPropagatedAsAbsolutePxat() {
        assertEquals("OK", text(h.run("PSETEX", "k", "1500", "v")));
        h.assertEffects("SET k v PXAT 1700000001500");
        h.clock.advance(1_499);
        assertEquals("v", text(h.run("GET", "k")));
        h.clock.advance(1);
        assertNull(text(h.run("GET", "k")));
    }

    @Test
    void aNonPositiveTtlIsAnInvalidExpireTimeOfPsetex() {
        assertEquals("-ERR invalid expire time in 'psetex' command", text(h.run("PSETEX", "k", "-1", "v")));
        assertEquals("-ERR invalid expire time in 'psetex' command",
                text(h.run("PSETEX", "k", "9223372036854775807", "v")));
        h.assertEffects();
    }
}
