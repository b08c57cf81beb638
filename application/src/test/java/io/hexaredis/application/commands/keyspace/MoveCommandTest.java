package io.hexaredis.application.commands.keyspace;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;

class MoveCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void movesTheKeyWithItsTtlToTheOtherDatabase() {
        h.run("SET", "k", "v");
        h.run("EXPIRE", "k", "100");
        h.clearRecords();
        assertEquals("1", text(h.run("MOVE", "k", "1")));
        assertEquals("0", text(h.run("EXISTS", "k")));
        h.run("SELECT", "1");
        assertEquals("v", text(h.run("GET", "k")));
        assertEquals("100", text(h.run("TTL", "k")));
        h.assertEffects("MOVE k 1");
        h.assertNotifications("move_from k", "db 1: move_to k");
    }

    @Test
    void neverOverwritesAKeyInTheTargetDatabase() {
        h.run("SELECT", "2");
        h.run("SET", "k", "there");
        h.run("SELECT", "0");
        h.run("SET", "k", "here");
        h.clearRecords();
        assertEquals("0", text(h.run("MOVE", "k", "2")));
        assertEquals("here", text(h.run("GET", "k")));
        assertEquals("0", text(h.run("MOVE", "missing", "2")));
        h.assertEffects();
    }

    @Test
    void theTargetMustBeAnotherExistingDatabase() {
        h.run("SET", "k", "v");
        assertEquals("-ERR source and destination objects are the same", text(h.run("MOVE", "k", "0")));
        assertEquals("-ERR DB index is out of range", text(h.run("MOVE", "k", "16")));
        assertEquals("-ERR DB index is out of range", text(h.run("MOVE", "k", "-1")));
        assertEquals("-ERR value is not an integer or out of range", text(h.run("MOVE", "k", "1.5")));
        assertEquals("-ERR value is out of range, value must between -2147483648 and 2147483647",
                text(h.run("MOVE", "k", "99999999999")));
    }
}
