package io.hexaredis.application.commands.keyspace;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;

class RenameCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void movesTheValueAndItsTtlToTheNewName() {
        h.run("SET", "a", "1");
        h.run("EXPIRE", "a", "100");
        h.clearRecords();
        assertEquals("OK", text(h.run("RENAME", "a", "b")));
        assertNull(text(h.run("GET", "a")));
        assertEquals("1", text(h.run("GET", "b")));
        assertEquals("100", text(h.run("TTL", "b")));
        h.assertEffects("RENAME a b");
        h.assertNotifications("rename_from a", "rename_to b");
    }

    @Test
    void replacesAnyValueUnderTheNewNameAndItsTtl() {
        h.run("SET", "a", "1");
        h.run("SET", "b", "2");
        h.run("EXPIRE", "b", "100");
        assertEquals("OK", text(h.run("RENAME", "a", "b")));
        assertEquals("1", text(h.run("GET", "b")));
        assertEquals("-1", text(h.run("TTL", "b")));
        assertEquals(1, h.keyspace.db(0).size());
    }

    @Test
    void aMissingSourceIsAnErrorEvenWhenBothNamesAreTheSame() {
        assertEquals("-ERR no such key", text(h.run("RENAME", "missing", "x")));
        assertEquals("-ERR no such key", text(h.run("RENAME", "missing", "missing")));
        h.assertEffects();
    }

    @Test
    void renamingAKeyToItselfChangesNothing() {
        h.run("SET", "a", "1");
        h.run("EXPIRE", "a", "10");
        h.clearRecords();
        assertEquals("OK", text(h.run("RENAME", "a", "a")));
        assertEquals("1", text(h.run("GET", "a")));
        assertEquals("10", text(h.run("TTL", "a")));
        h.assertEffects();
        h.assertNotifications();
    }

    @Test
    void anExpiredSourceIsMissing() {
        h.run("SET", "a", "1");
        h.run("PEXPIRE", "a", "10");
        h.clearRecords();
        h.clock.advance(10);
        assertEquals("-ERR no such key", text(h.run("RENAME", "a", "b")));
        h.assertEffects("DEL a");
    }
}
