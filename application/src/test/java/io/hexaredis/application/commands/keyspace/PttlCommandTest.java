package io.hexaredis.application.commands.keyspace;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;

class PttlCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void answersMillisecondsLeft() {
        assertEquals("-2", text(h.run("PTTL", "missing")));
        h.run("SET", "k", "v");
        assertEquals("-1", text(h.run("PTTL", "k")));
        h.run("EXPIRE", "k", "3");
        h.clock.advance(1234);
        assertEquals("1766", text(h.run("PTTL", "k")));
    }
}
