package io.hexaredis.application.commands.list;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;

class RpushCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void appendsInArgumentOrder() {
        assertEquals("2", text(h.run("RPUSH", "l", "a", "b")));
        assertEquals("3", text(h.run("RPUSH", "l", "c")));
        assertEquals("[a, b, c]", text(h.run("LRANGE", "l", "0", "-1")));
        h.assertEffects("RPUSH l a b", "RPUSH l c");
    }
}
