package io.hexaredis.application.commands.set;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.ReplyText;
import org.junit.jupiter.api.Test;

class SmismemberCommandTest {

    private final CommandHarness h = new CommandHarness();

    private String run(String... words) {
        return ReplyText.of(h.run(words));
    }

    @Test
    void answersForEachMemberInOrder() {
        run("SADD", "s", "a", "b");
        assertEquals("1) (integer) 1 2) (integer) 0 3) (integer) 1", run("SMISMEMBER", "s", "b", "z", "a"));
        assertEquals("1) (integer) 0 2) (integer) 0", run("SMISMEMBER", "missing", "a", "b"));
    }

    @Test
    void aKeyOfAnotherTypeIsWrongtype() {
        run("SET", "k", "x");
        assertEquals("(error) WRONGTYPE Operation against a key holding the wrong kind of value", run("SMISMEMBER", "k", "a"));
    }
}
