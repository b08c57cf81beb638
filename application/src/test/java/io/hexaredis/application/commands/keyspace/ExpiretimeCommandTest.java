package io.hexaredis.application.commands.keyspace;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;

class ExpiretimeCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void answersTheAbsoluteUnixTimeInSecondsRounded() {
        assertEquals("-2", text(h.run("EXPIRETIME", "missing")));
        h.run("SET", "k", "v");
        assertEquals("-1", text(h.run("EXPIRETIME", "k")));
        h.run("PEXPIREAT", "k", "3317760000500");
        assertEquals("3317760001", text(h.run("EXPIRETIME", "k")));
        h.run("PEXPIREAT", "k", "3317760000499");
        assertEquals("3317760000", text(h.run("EXPIRETIME", "k")));
    }

    @Test
    void theLatestPossibleTimeRoundsWithoutOverflowing() {
        h.run("SET", "k", "v");
        h.run("PEXPIREAT", "k", "9223372036854775807");
        assertEquals("9223372036854776", text(h.run("EXPIRETIME", "k")));
    }
}
