package io.hexaredis.application.commands.keyspace;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;

class DbsizeCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void countsTheKeysOfTheSelectedDatabaseIncludingExpiredOnesNotYetDeleted() {
        assertEquals("0", text(h.run("DBSIZE")));
        h.run("SET", "a", "1");
        h.run("SET", "b", "1");
        h.run("PEXPIRE", "b", "10");
        h.clock.advance(10);
        assertEquals("2", text(h.run("DBSIZE")));
        h.run("GET", "b");
        assertEquals("1", text(h.run("DBSIZE")));
        h.run("SELECT", "1");
        assertEquals("0", text(h.run("DBSIZE")));
    }
}
