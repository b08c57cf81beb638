package io.hexaredis.application.commands.keyspace;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;

class ExistsCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void countsEveryMentionOfAnExistingKey() {
        h.run("SET", "a", "1");
        h.clearRecords();
        assertEquals("3", text(h.run("EXISTS", "a", "a", "missing", "a")));
        h.assertEffects();
    }

    @Test
    void anExpiredKeyDoesNotExistAndItsDeletionIsPropagated() {
        h.run("SET", "a", "1");
        h.run("PEXPIRE", "a", "5");
        h.clearRecords();
        h.clock.advance(5);
        assertEquals("0", text(h.run("EXISTS", "a")));
        h.assertEffects("DEL a");
    }

    @Test
    void looksWithoutResettingTheIdleTime() {
        h.keyspace.updateLruClock(h.clock.millis());
        h.run("SET", "a", "1");
        h.clock.advance(20_000);
        h.keyspace.updateLruClock(h.clock.millis());
        h.run("EXISTS", "a");
        assertEquals("20", text(h.run("OBJECT", "IDLETIME", "a")));
    }
}
