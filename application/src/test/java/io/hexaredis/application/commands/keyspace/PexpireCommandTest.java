package io.hexaredis.application.commands.keyspace;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;

class PexpireCommandTest {

    private final CommandHarness h = new CommandHarness();
    private final long now = h.clock.millis();

    @Test
    void setsATtlInMillisecondsPropagatedAsAnAbsolutePexpireat() {
        h.run("SET", "k", "v");
        h.clearRecords();
        assertEquals("1", text(h.run("PEXPIRE", "k", "1500")));
        assertEquals("1500", text(h.run("PTTL", "k")));
        assertEquals("2", text(h.run("TTL", "k")));
        h.assertEffects("PEXPIREAT k " + (now + 1500));
        h.assertNotifications("expire k");
    }

    @Test
    void conditionsWorkAsForExpire() {
        h.run("SET", "k", "v");
        assertEquals("0", text(h.run("PEXPIRE", "k", "100", "XX")));
        assertEquals("1", text(h.run("PEXPIRE", "k", "100", "NX")));
        assertEquals("1", text(h.run("PEXPIRE", "k", "200", "GT")));
        assertEquals("0", text(h.run("PEXPIRE", "k", "300", "LT")));
        assertEquals("-ERR GT and LT options at the same time are not compatible", text(h.run("PEXPIRE", "k", "1", "gt", "lt")));
    }

    @Test
    void anOverflowNamesTheCommand() {
        h.run("SET", "k", "v");
        assertEquals("-ERR invalid expire time in 'pexpire' command", text(h.run("PEXPIRE", "k", "9223372036854775807")));
        assertEquals("-ERR invalid expire time in 'pexpire' command", text(h.run("pexpire", "k", "9223372036854775000")));
    }

    @Test
    void aNegativeTimeDeletes() {
        h.run("SET", "k", "v");
        h.clearRecords();
        assertEquals("1", text(h.run("PEXPIRE", "k", "-1")));
        h.assertEffects("DEL k");
    }
}
