package io.hexaredis.application.commands.string;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;

class DecrCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void aMissingKeyCountsDownFromZero() {
        assertEquals("-1", text(h.run("DECR", "c")));
        h.run("SET", "c", "10");
        assertEquals("9", text(h.run("DECR", "c")));
    }

    @Test
    void theSmallestIntegerCannotBeDecremented() {
        h.run("SET", "c", "-9223372036854775808");
        assertEquals("-ERR increment or decrement would overflow", text(h.run("DECR", "c")));
    }

    @Test
    void aNonIntegerIsRefused() {
        h.run("SET", "c", "x");
        assertEquals("-ERR value is not an integer or out of range", text(h.run("DECR", "c")));
    }
}
