package io.hexaredis.application.commands.keyspace;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.hexaredis.application.CommandHarness;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RandomkeyCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void anEmptyDatabaseHasNoRandomKey() {
        assertNull(text(h.run("RANDOMKEY")));
    }

    @Test
    void everyKeyComesUpSoonerOrLater() {
        h.run("SET", "a", "1");
        h.run("SET", "b", "1");
        h.run("SET", "c", "1");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            seen.add(text(h.run("RANDOMKEY")));
        }
        assertEquals(Set.of("a", "b", "c"), seen);
    }

    @Test
    void expiredKeysAreDeletedNotAnswered() {
        h.run("SET", "dead", "1");
        h.run("PEXPIRE", "dead", "10");
        h.run("SET", "live", "1");
        h.clearRecords();
        h.clock.advance(10);
        for (int i = 0; i < 20; i++) {
            assertEquals("live", text(h.run("RANDOMKEY")));
        }
        h.assertEffects("DEL dead");
    }
}
