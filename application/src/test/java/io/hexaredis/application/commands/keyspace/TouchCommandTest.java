package io.hexaredis.application.commands.keyspace;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;

class TouchCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void resetsTheIdleTimeAndCountsExistingKeys() {
        h.keyspace.updateLruClock(h.clock.millis());
        h.run("SET", "a", "1");
        h.clock.advance(15_000);
        h.keyspace.updateLruClock(h.clock.millis());
        assertEquals("15", text(h.run("OBJECT", "IDLETIME", "a")));
        assertEquals("2", text(h.run("TOUCH", "a", "missing", "a")));
        assertEquals("0", text(h.run("OBJECT", "IDLETIME", "a")));
    }

    @Test
    void isReadOnlySoOnlyExpiredKeysItMeetsArePropagated() {
        h.run("SET", "a", "1");
        h.run("PEXPIRE", "a", "10");
        h.run("SET", "b", "1");
        h.clearRecords();
        h.clock.advance(10);
        assertEquals("1", text(h.run("TOUCH", "a", "b")));
        h.assertEffects("DEL a");
    }
}
