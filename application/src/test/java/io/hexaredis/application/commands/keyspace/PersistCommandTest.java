package io.hexaredis.application.commands.keyspace;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;

class PersistCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void removesTheTtlOnceAndIsPropagatedOnlyThen() {
        h.run("SET", "k", "v");
        h.run("EXPIRE", "k", "10");
        h.clearRecords();
        assertEquals("1", text(h.run("PERSIST", "k")));
        assertEquals("-1", text(h.run("TTL", "k")));
        assertEquals("0", text(h.run("PERSIST", "k")));
        assertEquals("0", text(h.run("PERSIST", "missing")));
        h.assertEffects("PERSIST k");
        h.assertNotifications("persist k");
        h.clock.advance(20_000);
        assertEquals("v", text(h.run("GET", "k")));
    }

    @Test
    void tooLateForAnExpiredKey() {
        h.run("SET", "k", "v");
        h.run("PEXPIRE", "k", "10");
        h.clearRecords();
        h.clock.advance(10);
        assertEquals("0", text(h.run("PERSIST", "k")));
        h.assertEffects("DEL k");
    }
}
