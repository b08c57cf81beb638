package io.hexaredis.application.commands.list;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;

class LindexCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void indexesFromEitherEndAndNilOutside() {
        h.run("RPUSH", "l", "a", "b", "c");
        assertEquals("a", text(h.run("LINDEX", "l", "0")));
        assertEquals("c", text(h.run("LINDEX", "l", "-1")));
        assertNull(text(h.run("LINDEX", "l", "3")));
        assertEquals("-ERR value is not an integer or out of range", text(h.run("LINDEX", "l", "x")));
    }

    @Test
    void aMissingKeyIsNilBeforeTheIndexIsParsed() {
        assertNull(text(h.run("LINDEX", "nokey", "x")));
    }
}
