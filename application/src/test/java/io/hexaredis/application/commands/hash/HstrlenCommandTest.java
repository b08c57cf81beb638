package io.hexaredis.application.commands.hash;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.ReplyText;
import org.junit.jupiter.api.Test;

class HstrlenCommandTest {

    private final CommandHarness h = new CommandHarness();

    private String run(String... words) {
        return ReplyText.of(h.run(words));
    }

    @Test
    void measuresTheValueInBytes() {
        run("HSET", "h", "a", "héllo");
        assertEquals("(integer) 6", run("HSTRLEN", "h", "a"));
        assertEquals("(integer) 0", run("HSTRLEN", "h", "zz"));
        assertEquals("(integer) 0", run("HSTRLEN", "missing", "a"));
    }

    @Test
    void aKeyOfAnotherTypeIsWrongtype() {
        run("SET", "s", "x");
        assertEquals("(error) WRONGTYPE Operation against a key holding the wrong kind of value", run("HSTRLEN", "s", "a"));
    }
}
