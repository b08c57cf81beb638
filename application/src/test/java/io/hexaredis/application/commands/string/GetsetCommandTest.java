package io.hexaredis.application.commands.string;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.domain.keyspace.KeyTable;
import org.junit.jupiter.api.Test;

class GetsetCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void answersTheOldValueSetsTheNewOneAndPropagatesSet() {
        h.run("SET", "k", "v");
        assertEquals("v", text(h.run("GETSET", "k", "w")));
        assertEquals("w", text(h.run("GET", "k")));
        h.assertEffects("SET k v", "SET k w");
    }

    @Test
    void aMissingKeyAnswersNilAndIsCreated() {
        assertNull(text(h.run("getset", "k", "w")));
        assertEquals("w", text(h.run("GET", "k")));
        h.assertEffects("SET k w");
    }

    @Test
    void theTtlIsDropped() {
        h.run("SET", "k", "v", "EX", "10");
        h.run("GETSET", "k", "w");
        assertEquals(KeyTable.NO_EXPIRY, h.keyspace.db(0).expireAt("k".getBytes()));
    }

    @Test
    void anotherTypeIsWrongtypeAndNotReplaced() {
        FakeList.storeIn(h, "l");
        assertEquals(FakeList.WRONGTYPE, text(h.run("GETSET", "l", "x")));
        assertEquals(FakeList.WRONGTYPE, text(h.run("GET", "l")));
        h.assertEffects();
    }
}
