package io.hexaredis.application.commands.keyspace;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;

class FlushallCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void emptiesEveryDatabase() {
        h.run("SET", "a", "1");
        h.run("SELECT", "5");
        h.run("SET", "b", "1");
        h.clearRecords();
        assertEquals("OK", text(h.run("FLUSHALL")));
        assertEquals(0, h.keyspace.totalKeys());
        h.assertEffects("db 5: FLUSHALL");
    }

    @Test
    void isPropagatedEvenWhenThereWasNothingToDelete() {
        assertEquals("OK", text(h.run("FLUSHALL", "async")));
        assertEquals("OK", text(h.run("FLUSHALL", "SYNC")));
        h.assertEffects("FLUSHALL async", "FLUSHALL SYNC");
    }

    @Test
    void acceptsOnlyAsyncOrSync() {
        assertEquals("-ERR syntax error", text(h.run("FLUSHALL", "now")));
        assertEquals("-ERR syntax error", text(h.run("FLUSHALL", "SYNC", "SYNC")));
    }
}
