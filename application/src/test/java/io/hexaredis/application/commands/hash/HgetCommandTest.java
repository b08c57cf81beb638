package io.hexaredis.application.commands.hash;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.ReplyText;
import org.junit.jupiter.api.Test;

class HgetCommandTest {

    private final CommandHarness h = new CommandHarness();

    private String run(String... words) {
        return ReplyText.of(h.run(words));
    }

    @Test
    void returnsTheValueOrNil() {
        run("HSET", "h", "f", "v");
        assertEquals("\"v\"", run("HGET", "h", "f"));
        assertEquals("(nil)", run("HGET", "h", "nope"));
        assertEquals("(nil)", run("HGET", "missing", "f"));
    }

    @Test
    void aKeyOfAnotherTypeIsWrongtype() {
        run("SET", "s", "x");
        assertEquals("(error) WRONGTYPE Operation against a key holding the wrong kind of value", run("HGET", "s", "f"));
    }
}
