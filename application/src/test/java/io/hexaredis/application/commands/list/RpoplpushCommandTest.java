package io.hexaredis.application.commands.list;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;

class RpoplpushCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void popsTheTailAndPushesTheHead() {
        h.run("RPUSH", "src", "a", "b");
        h.run("RPUSH", "dst", "x");
        assertEquals("b", text(h.run("RPOPLPUSH", "src", "dst")));
        assertEquals("[b, x]", text(h.run("LRANGE", "dst", "0", "-1")));
        assertNull(text(h.run("RPOPLPUSH", "nokey", "dst")));
        h.assertEffects("RPUSH src a b", "RPUSH dst x", "RPOPLPUSH src dst");
    }
}
