package io.hexaredis.application.commands.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.persistence.PersistenceFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What RESTORE propagates: a relative TTL becomes absolute, an expired restore over a key is a DEL. */
class RestoreCommandTest {

    final CommandHarness h = new CommandHarness();

    @BeforeEach
    void wirePersistence() {
        PersistenceFixtures.attachInMemory(h.server);
    }

    @Test
    void aRelativeTtlIsPropagatedAsAnAbsoluteOneWithAbsttl() {
        assertEquals("OK", CommandHarness.text(h.run("RESTORE", "k", "10000", "Dvalue", "IDLETIME", "5")));
        h.assertEffects("RESTORE k 1700000010000 Dvalue IDLETIME 5 ABSTTL");
        assertEquals("value", CommandHarness.text(h.run("GET", "k")));
    }

    @Test
    void anAbsoluteOrNoTtlIsPropagatedAsItIs() {
        h.run("RESTORE", "a", "0", "Dx");
        h.run("RESTORE", "b", "1800000000000", "Dy", "ABSTTL");
        h.assertEffects("RESTORE a 0 Dx", "RESTORE b 1800000000000 Dy ABSTTL");
    }

    @Test
    void anExpiredTtlCreatesNothingAndAReplacedKeyIsDeleted() {
        h.run("SET", "k", "old");
        h.clearEffects();
        assertEquals("OK", CommandHarness.text(h.run("RESTORE", "new", "1000", "Dx", "ABSTTL")));
        h.assertEffects();
        assertEquals("OK", CommandHarness.text(h.run("RESTORE", "k", "1000", "Dx", "ABSTTL", "REPLACE")));
        h.assertEffects("DEL k");
        assertEquals(null, CommandHarness.text(h.run("GET", "k")));
    }

    @Test
    void theChecksComeInRedisOrder() {
        h.run("SET", "k", "v");
        assertEquals("-BUSYKEY Target key name already exists.", CommandHarness.text(h.run("RESTORE", "k", "-1", "bad")));
        assertEquals("-ERR syntax error", CommandHarness.text(h.run("RESTORE", "k", "-1", "bad", "NOPE")));
        assertEquals("-ERR Invalid TTL value, must be >= 0", CommandHarness.text(h.run("RESTORE", "x", "-1", "bad")));
        assertEquals("-ERR DUMP payload version or checksum are wrong", CommandHarness.text(h.run("RESTORE", "x", "0", "bad")));
        assertEquals("-ERR Bad data format", CommandHarness.text(h.run("RESTORE", "x", "0", "D")));
    }

    @Test
    void dumpAndLastsaveUseThePersistenceService() {
        h.run("SET", "k", "v");
        assertEquals("Dv", CommandHarness.text(h.run("DUMP", "k")));
        assertEquals(null, CommandHarness.text(h.run("DUMP", "missing")));
        assertEquals(Long.toString(h.clock.millis() / 1000), CommandHarness.text(h.run("LASTSAVE")));
    }

    @Test
    void replaceDeletesAKeyWhoseTimeHasPassedWithoutReportingItExpired() {
        h.run("SET", "k", "old", "PX", "10");
        h.clock.advance(10);
        h.clearRecords();
        assertEquals("OK", CommandHarness.text(h.run("RESTORE", "k", "0", "Dnew", "REPLACE")));
        h.assertNotifications("restore k");
        h.assertEffects("RESTORE k 0 Dnew REPLACE");
        h.run("SET", "k", "old", "PX", "10");
        h.clock.advance(10);
        h.clearRecords();
        assertEquals("OK", CommandHarness.text(h.run("RESTORE", "k", "1000", "Dx", "ABSTTL", "REPLACE")));
        h.assertNotifications("del k");
        h.assertEffects("DEL k");
    }

    @Test
    void withoutReplaceAnExpiredKeyIsReportedExpiredAndReplaced() {
        h.run("SET", "k", "old", "PX", "10");
        h.clock.advance(10);
        h.clearRecords();
        assertEquals("OK", CommandHarness.text(h.run("RESTORE", "k", "0", "Dnew")));
        h.assertNotifications("expired k", "restore k");
        h.assertEffects("DEL k", "RESTORE k 0 Dnew");
    }
}
