package io.hexaredis.application.commands.keyspace;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;

class ExpireatCommandTest {

    private final CommandHarness h = new CommandHarness();
    private final long nowSeconds = h.clock.millis() / 1000;

    @Test
    void setsAnAbsoluteTimeInSecondsPropagatedInMilliseconds() {
        h.run("SET", "k", "v");
        h.clearRecords();
        assertEquals("1", text(h.run("EXPIREAT", "k", Long.toString(nowSeconds + 100))));
        assertEquals("100", text(h.run("TTL", "k")));
        assertEquals(Long.toString(nowSeconds + 100), text(h.run("EXPIRETIME", "k")));
        h.assertEffects("PEXPIREAT k " + (nowSeconds + 100) * 1000);
    }

    @Test
    void aTimeInThePastDeletes() {
        h.run("SET", "k", "v");
        h.clearRecords();
        assertEquals("1", text(h.run("EXPIREAT", "k", "1")));
        assertEquals("0", text(h.run("EXISTS", "k")));
        h.assertEffects("DEL k");
        h.assertNotifications("del k");
    }

    @Test
    void conditionsAndErrors() {
        h.run("SET", "k", "v");
        assertEquals("1", text(h.run("EXPIREAT", "k", Long.toString(nowSeconds + 100), "NX")));
        assertEquals("0", text(h.run("EXPIREAT", "k", Long.toString(nowSeconds + 50), "GT")));
        assertEquals("-ERR invalid expire time in 'expireat' command", text(h.run("EXPIREAT", "k", "9223372036854775807")));
        assertEquals("-ERR NX and XX, GT or LT options at the same time are not compatible",
                text(h.run("EXPIREAT", "k", "1", "xx", "nx")));
    }
}
