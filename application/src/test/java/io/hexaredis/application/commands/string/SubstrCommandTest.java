package io.hexaredis.application.commands.string;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;

class SubstrCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void behavesAsGetrange() {
        h.run("SET", "k", "hello world");
        assertEquals("hel", text(h.run("SUBSTR", "k", "0", "2")));
        assertEquals("world", text(h.run("SUBSTR", "k", "-5", "-1")));
        assertEquals("", text(h.run("SUBSTR", "missing", "0", "2")));
    }
}
