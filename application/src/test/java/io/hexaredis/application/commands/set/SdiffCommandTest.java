package io.hexaredis.application.commands.set;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.ReplyText;
import org.junit.jupiter.api.Test;

class SdiffCommandTest {

    private final CommandHarness h = new CommandHarness();

    private String run(String... words) {
        return ReplyText.of(h.run(words));
    }

    @Test
    void repliesWhatOnlyTheFirstSetHas() {
        run("SADD", "a", "1", "2", "3", "4");
        run("SADD", "b", "2");
        run("SADD", "c", "4", "5");
        assertEquals("1~ \"1\" 2~ \"3\"", run("SDIFF", "a", "b", "missing", "c"));
        assertEquals("(empty set)", run("SDIFF", "a", "a"));
        assertEquals("(empty set)", run("SDIFF", "missing", "a"));
    }

    @Test
    void everyKeyIsTypeChecked() {
        run("SET", "k", "x");
        assertEquals("(error) WRONGTYPE Operation against a key holding the wrong kind of value", run("SDIFF", "missing", "k"));
        assertEquals("(error) WRONGTYPE Operation against a key holding the wrong kind of value", run("SDIFF", "k", "missing"));
    }
}
