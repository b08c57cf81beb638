package io.hexaredis.application.commands.keyspace;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;

class TtlCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void missingIsMinusTwoAndNoExpiryMinusOne() {
        assertEquals("-2", text(h.run("TTL", "missing")));
        h.run("SET", "k", "v");
        assertEquals("-1", text(h.run("TTL", "k")));
    }

    @Test
    void secondsAreRoundedToTheNearest() {
        h.run("SET", "k", "v");
        h.run("PEXPIRE", "k", "1500");
        assertEquals("2", text(h.run("TTL", "k")));
        h.clock.advance(1);
        assertEquals("1", text(h.run("TTL", "k")));
        h.clock.advance(1000);
        assertEquals("0", text(h.run("TTL", "k")));
        h.clock.advance(499);
        assertEquals("-2", text(h.run("TTL", "k")));
    }

    @Test
    void onAReplicaATimeAlreadyPastReadsAsMissing() {
        h.run("SET", "k", "v");
        h.run("PEXPIRE", "k", "10");
        h.keyspace.setMasterControlsExpiry(true);
        h.clock.advance(20);
        assertEquals("-2", text(h.run("TTL", "k")));
        assertEquals(1, h.keyspace.db(0).size());
    }
}
