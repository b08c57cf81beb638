package io.hexaredis.application.commands.keyspace;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;

class FlushdbCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void emptiesOnlyTheSelectedDatabase() {
        h.run("SET", "a", "1");
        h.run("SELECT", "1");
        h.run("SET", "b", "1");
        h.clearRecords();
        assertEquals("OK", text(h.run("FLUSHDB")));
        assertEquals(0, h.keyspace.db(1).size());
        assertEquals(1, h.keyspace.db(0).size());
        h.assertEffects("db 1: FLUSHDB");
        h.assertNotifications();
    }

    @Test
    void isPropagatedEvenWhenThereWasNothingToDelete() {
        assertEquals("OK", text(h.run("FLUSHDB", "ASYNC")));
        assertEquals("OK", text(h.run("flushdb", "sync")));
        h.assertEffects("FLUSHDB ASYNC", "flushdb sync");
    }

    @Test
    void acceptsOnlyAsyncOrSync() {
        assertEquals("-ERR syntax error", text(h.run("FLUSHDB", "foo")));
        assertEquals("-ERR syntax error", text(h.run("FLUSHDB", "ASYNC", "SYNC")));
        h.assertEffects();
    }
}
