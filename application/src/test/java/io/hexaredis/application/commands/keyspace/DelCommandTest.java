package io.hexaredis.application.commands.keyspace;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;

class DelCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void countsTheKeysThatExistedOnceEachAndNotifiesDel() {
        h.run("SET", "a", "1");
        h.run("SET", "b", "2");
        h.clearRecords();
        assertEquals("2", text(h.run("DEL", "a", "a", "b", "missing")));
        assertNull(text(h.run("GET", "a")));
        assertNull(text(h.run("GET", "b")));
        h.assertEffects("DEL a a b missing");
        h.assertNotifications("del a", "del b");
    }

    @Test
    void deletingNothingIsNotPropagated() {
        assertEquals("0", text(h.run("DEL", "missing")));
        h.assertEffects();
    }

    @Test
    void anExpiredKeyCountsAsMissingAndOnlyItsExpiryIsPropagated() {
        h.run("SET", "k", "v");
        h.run("PEXPIRE", "k", "100");
        h.clearRecords();
        h.clock.advance(100);
        assertEquals("0", text(h.run("DEL", "k")));
        h.assertEffects("DEL k");
        h.assertNotifications("expired k");
    }

    @Test
    void deletesValuesOfAnyType() {
        h.keyspace.db(0).set("l".getBytes(), new FakeList(io.hexaredis.domain.keyspace.ValueType.LIST, "x"));
        assertEquals("1", text(h.run("DEL", "l")));
        assertEquals(0, h.keyspace.db(0).size());
    }
}
