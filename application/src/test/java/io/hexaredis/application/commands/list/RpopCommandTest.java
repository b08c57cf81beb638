package io.hexaredis.application.commands.list;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;

class RpopCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void popsFromTheTail() {
        h.run("RPUSH", "l", "a", "b", "c");
        assertEquals("c", text(h.run("RPOP", "l")));
        assertEquals("[b, a]", text(h.run("RPOP", "l", "5")));
        assertEquals("-ERR wrong number of arguments for 'rpop' command", text(h.run("RPOP", "l", "1", "2")));
        h.assertEffects("RPUSH l a b c", "RPOP l", "RPOP l 5");
    }
}
