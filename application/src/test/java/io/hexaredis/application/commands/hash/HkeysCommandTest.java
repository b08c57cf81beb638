package io.hexaredis.application.commands.hash;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.ReplyText;
import org.junit.jupiter.api.Test;

class HkeysCommandTest {

    private final CommandHarness h = new CommandHarness();

    private String run(String... words) {
        return ReplyText.of(h.run(words));
    }

    @Test
    void listsTheFields() {
        run("HSET", "h", "a", "1", "b", "2");
        assertEquals("1) \"a\" 2) \"b\"", run("HKEYS", "h"));
        assertEquals("(empty array)", run("HKEYS", "missing"));
    }

    @Test
    void aKeyOfAnotherTypeIsWrongtype() {
        run("SET", "s", "x");
        assertEquals("(error) WRONGTYPE Operation against a key holding the wrong kind of value", run("HKEYS", "s"));
    }
}
