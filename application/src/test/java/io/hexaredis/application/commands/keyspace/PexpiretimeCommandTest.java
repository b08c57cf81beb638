package io.hexaredis.application.commands.keyspace;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;

class PexpiretimeCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void answersTheAbsoluteUnixTimeInMilliseconds() {
        assertEquals("-2", text(h.run("PEXPIRETIME", "missing")));
        h.run("SET", "k", "v");
        assertEquals("-1", text(h.run("PEXPIRETIME", "k")));
        h.run("EXPIRE", "k", "10");
        assertEquals(Long.toString(h.clock.millis() + 10_000), text(h.run("PEXPIRETIME", "k")));
    }
}
