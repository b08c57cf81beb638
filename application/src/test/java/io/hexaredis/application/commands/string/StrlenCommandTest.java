package io.hexaredis.application.commands.string;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;

class StrlenCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void countsBytesAndAnswersZeroForAMissingKey() {
        h.run("SET", "k", "héllo");
        h.run("SET", "n", "12345");
        assertEquals("6", text(h.run("STRLEN", "k")));
        assertEquals("5", text(h.run("STRLEN", "n")));
        assertEquals("0", text(h.run("STRLEN", "missing")));
    }

    @Test
    void anotherTypeIsWrongtype() {
        FakeList.storeIn(h, "l");
        assertEquals(FakeList.WRONGTYPE, text(h.run("STRLEN", "l")));
    }
}
