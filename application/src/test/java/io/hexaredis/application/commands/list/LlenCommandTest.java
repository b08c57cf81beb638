package io.hexaredis.application.commands.list;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;

class LlenCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void countsElementsAndAMissingKeyIsZero() {
        assertEquals("0", text(h.run("LLEN", "l")));
        h.run("RPUSH", "l", "a", "b");
        assertEquals("2", text(h.run("LLEN", "l")));
        h.run("SET", "s", "v");
        assertTrue(text(h.run("LLEN", "s")).startsWith("-WRONGTYPE"));
    }
}
