package io.hexaredis.application.commands.set;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.ReplyText;
import org.junit.jupiter.api.Test;

class SismemberCommandTest {

    private final CommandHarness h = new CommandHarness();

    private String run(String... words) {
        return ReplyText.of(h.run(words));
    }

    @Test
    void tellsWhetherTheMemberIsInTheSet() {
        run("SADD", "ints", "1", "2");
        run("SADD", "strings", "a");
        assertEquals("(integer) 1", run("SISMEMBER", "ints", "2"));
        assertEquals("(integer) 0", run("SISMEMBER", "ints", "02"));
        assertEquals("(integer) 0", run("SISMEMBER", "ints", "a"));
        assertEquals("(integer) 1", run("SISMEMBER", "strings", "a"));
        assertEquals("(integer) 0", run("SISMEMBER", "missing", "a"));
    }

    @Test
    void aKeyOfAnotherTypeIsWrongtype() {
        run("SET", "k", "x");
        assertEquals("(error) WRONGTYPE Operation against a key holding the wrong kind of value", run("SISMEMBER", "k", "a"));
    }
}
