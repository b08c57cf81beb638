package io.hexaredis.application.commands.set;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.ReplyText;
import org.junit.jupiter.api.Test;

class ScardCommandTest {

    private final CommandHarness h = new CommandHarness();

    private String run(String... words) {
        return ReplyText.of(h.run(words));
    }

    @Test
    void countsTheMembers() {
        run("SADD", "s", "a", "b", "1");
        assertEquals("(integer) 3", run("SCARD", "s"));
        assertEquals("(integer) 0", run("SCARD", "missing"));
    }

    @Test
    void aKeyOfAnotherTypeIsWrongtype() {
        run("SET", "k", "x");
        assertEquals("(error) WRONGTYPE Operation against a key holding the wrong kind of value", run("SCARD", "k"));
    }
}
