package io.hexaredis.application.commands.list;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;

class RpushxCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void pushesOnlyOnAnExistingList() {
        assertEquals("0", text(h.run("RPUSHX", "l", "a")));
        h.run("RPUSH", "l", "a");
        assertEquals("3", text(h.run("RPUSHX", "l", "b", "c")));
        assertEquals("[a, b, c]", text(h.run("LRANGE", "l", "0", "-1")));
        h.assertEffects("RPUSH l a", "RPUSHX l b c");
    }
}
