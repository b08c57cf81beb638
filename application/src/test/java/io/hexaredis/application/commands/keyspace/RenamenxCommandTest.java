package io.hexaredis.application.commands.keyspace;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;

class RenamenxCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void renamesOnlyWhenTheNewNameIsFree() {
        h.run("SET", "a", "1");
        h.run("SET", "b", "2");
        h.clearRecords();
        assertEquals("0", text(h.run("RENAMENX", "a", "b")));
        assertEquals("2", text(h.run("GET", "b")));
        h.assertEffects();
        assertEquals("1", text(h.run("RENAMENX", "a", "c")));
        assertEquals("1", text(h.run("GET", "c")));
        h.assertEffects("RENAMENX a c");
        h.assertNotifications("rename_from a", "rename_to c");
    }

    @Test
    void aNewNameWhoseKeyExpiredIsFree() {
        h.run("SET", "a", "1");
        h.run("SET", "b", "2");
        h.run("PEXPIRE", "b", "10");
        h.clearRecords();
        h.clock.advance(10);
        assertEquals("1", text(h.run("RENAMENX", "a", "b")));
        h.assertEffects("DEL b", "RENAMENX a b");
    }

    @Test
    void theSameNameAnswersZeroAndAMissingKeyIsAnError() {
        h.run("SET", "a", "1");
        assertEquals("0", text(h.run("RENAMENX", "a", "a")));
        assertEquals("-ERR no such key", text(h.run("RENAMENX", "missing", "a")));
    }
}
