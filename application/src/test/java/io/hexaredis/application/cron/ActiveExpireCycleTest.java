package io.hexaredis.application.cron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;

class ActiveExpireCycleTest {

    private final CommandHarness h = new CommandHarness();
    private final ActiveExpireCycle cycle = new ActiveExpireCycle(h.server);
    private final ServerCron cron = new ServerCron(h.server, cycle);

    private void setWithTtl(int db, String key, long ms) {
        h.run("SELECT", Integer.toString(db));
        h.run("SET", key, "v");
        h.run("PEXPIRE", key, Long.toString(ms));
    }

    @Test
    void keysNobodyReadsDisappearWithinAFewTicks() {
        for (int i = 0; i < 500; i++) {
            setWithTtl(0, "dead:" + i, 1000);
        }
        for (int i = 0; i < 50; i++) {
            setWithTtl(3, "dead:" + i, 1000);
        }
        h.run("SELECT", "0");
        h.run("SET", "forever", "v");
        setWithTtl(0, "later", 60_000);
        h.clearRecords();
        h.clock.advance(1000);
        for (int tick = 0; tick < 5 && h.keyspace.totalKeys() > 2; tick++) {
            cron.tick();
        }
        assertEquals(2, h.keyspace.totalKeys());
        assertEquals(550, h.effects.size());
        assertTrue(h.effectLines().stream().allMatch(l -> l.matches("(db 3: )?DEL dead:\\d+")));
        assertEquals(550, h.server.stats().expiredKeys);
    }

    @Test
    void keysWhoseTimeHasNotComeStay() {
        setWithTtl(0, "k", 1000);
        h.clock.advance(999);
        assertEquals(0, cycle.run());
        assertEquals(1, h.keyspace.totalKeys());
        h.clock.advance(1);
        assertEquals(1, cycle.run());
        assertEquals(0, h.keyspace.totalKeys());
    }

    @Test
    void aReplicaLeavesExpiryToItsMaster() {
        setWithTtl(0, "k", 10);
        h.keyspace.setMasterControlsExpiry(true);
        h.clock.advance(10);
        assertEquals(0, cycle.run());
        assertEquals(1, h.keyspace.totalKeys());
    }

    @Test
    void eachTickAdvancesTheLruClock() {
        cron.tick();
        h.run("SET", "k", "v");
        h.clock.advance(7_000);
        cron.tick();
        assertEquals("7", io.hexaredis.application.CommandHarness.text(h.run("OBJECT", "IDLETIME", "k")));
    }
}
