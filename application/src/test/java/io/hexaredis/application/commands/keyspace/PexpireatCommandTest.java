package io.hexaredis.application.commands.keyspace;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;

class PexpireatCommandTest {

    private final CommandHarness h = new CommandHarness();
    private final long now = h.clock.millis();

    @Test
    void isAlreadyDeterministicSoItIsPropagatedAsSent() {
        h.run("SET", "k", "v");
        h.clearRecords();
        assertEquals("1", text(h.run("pexpireat", "k", Long.toString(now + 2500), "nx")));
        assertEquals("2500", text(h.run("PTTL", "k")));
        assertEquals(Long.toString(now + 2500), text(h.run("PEXPIRETIME", "k")));
        h.assertEffects("pexpireat k " + (now + 2500) + " nx");
        h.assertNotifications("expire k");
    }

    @Test
    void theLargestTimeIsAccepted() {
        h.run("SET", "k", "v");
        assertEquals("1", text(h.run("PEXPIREAT", "k", "9223372036854775807")));
        assertEquals("9223372036854775807", text(h.run("PEXPIRETIME", "k")));
    }

    @Test
    void aTimeInThePastDeletes() {
        h.run("SET", "k", "v");
        h.clearRecords();
        assertEquals("1", text(h.run("PEXPIREAT", "k", Long.toString(now))));
        h.assertEffects("DEL k");
    }

    @Test
    void onAReplicaAPastTimeIsStoredForTheMastersDelToFollow() {
        h.run("SET", "k", "v");
        h.keyspace.setMasterControlsExpiry(true);
        assertEquals("1", text(h.run("PEXPIREAT", "k", "1")));
        assertEquals(1, h.keyspace.db(0).size());
        assertEquals("0", text(h.run("EXISTS", "k")));
    }
}
