package io.hexaredis.application.commands.string;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;

class DecrbyCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void subtractsTheDecrement() {
        h.run("SET", "c", "42");
        assertEquals("39", text(h.run("DECRBY", "c", "3")));
        assertEquals("42", text(h.run("DECRBY", "c", "-3")));
    }

    @Test
    void theSmallestIntegerCannotBeNegatedWhateverTheKey() {
        FakeList.storeIn(h, "l");
        assertEquals("-ERR decrement would overflow", text(h.run("DECRBY", "c", "-9223372036854775808")));
        assertEquals("-ERR decrement would overflow", text(h.run("DECRBY", "l", "-9223372036854775808")));
    }

    @Test
    void overflowIsRefused() {
        h.run("SET", "c", "-2");
        assertEquals("-ERR increment or decrement would overflow", text(h.run("DECRBY", "c", "9223372036854775807")));
    }
}
