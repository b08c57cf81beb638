package io.hexaredis.application.commands.string;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;

class IncrbyCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void addsAnyIncrement() {
        assertEquals("41", text(h.run("INCRBY", "c", "41")));
        assertEquals("-9223372036854775767", text(h.run("INCRBY", "c", "-9223372036854775808")));
        h.assertEffects("INCRBY c 41", "INCRBY c -9223372036854775808");
    }

    @Test
    void overflowInEitherDirectionIsRefused() {
        h.run("SET", "c", "-9223372036854775808");
        assertEquals("-ERR increment or decrement would overflow", text(h.run("INCRBY", "c", "-1")));
        h.run("SET", "c", "1");
        assertEquals("-ERR increment or decrement would overflow", text(h.run("INCRBY", "c", "9223372036854775807")));
    }

    @Test
    void theIncrementMustBeAnInteger() {
        assertEquals("-ERR value is not an integer or out of range", text(h.run("INCRBY", "c", "x")));
        assertEquals("-ERR value is not an integer or out of range", text(h.run("INCRBY", "c", "1.5")));
        h.assertEffects();
    }
}
