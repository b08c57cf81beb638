package io.hexaredis.application.commands.hash;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.ReplyText;
import org.junit.jupiter.api.Test;

class HexistsCommandTest {

    private final CommandHarness h = new CommandHarness();

    private String run(String... words) {
        return ReplyText.of(h.run(words));
    }

    @Test
    void tellsWhetherTheFieldExists() {
        run("HSET", "h", "a", "1");
        assertEquals("(integer) 1", run("HEXISTS", "h", "a"));
        assertEquals("(integer) 0", run("HEXISTS", "h", "b"));
        assertEquals("(integer) 0", run("HEXISTS", "missing", "a"));
    }

    @Test
    void aKeyOfAnotherTypeIsWrongtype() {
        run("SET", "s", "x");
        assertEquals("(error) WRONGTYPE Operation against a key holding the wrong kind of value", run("HEXISTS", "s", "a"));
    }
}
