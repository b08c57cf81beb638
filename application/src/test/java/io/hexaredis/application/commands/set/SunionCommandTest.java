package io.hexaredis.application.commands.set;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.ReplyText;
import org.junit.jupiter.api.Test;

class SunionCommandTest {

    private final CommandHarness h = new CommandHarness();

    private String run(String... words) {
        return ReplyText.of(h.run(words));
    }

    @Test
    void repliesEveryMemberOfAnySetInOrderWhenAllAreIntegers() {
        run("SADD", "a", "3", "1");
        run("SADD", "b", "2", "3");
        assertEquals("1~ \"1\" 2~ \"2\" 3~ \"3\"", run("SUNION", "a", "missing", "b"));
        assertEquals("(empty set)", run("SUNION", "missing"));
    }

    @Test
    void aKeyOfAnotherTypeIsWrongtype() {
        run("SET", "k", "x");
        assertEquals("(error) WRONGTYPE Operation against a key holding the wrong kind of value", run("SUNION", "missing", "k"));
    }
}
