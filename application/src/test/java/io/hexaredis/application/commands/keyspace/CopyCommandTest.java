package io.hexaredis.application.commands.keyspace;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.domain.keyspace.ValueType;
import org.junit.jupiter.api.Test;

class CopyCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void copiesTheValueAndItsTtl() {
        h.run("SET", "a", "1");
        h.run("EXPIRE", "a", "100");
        h.clearRecords();
        assertEquals("1", text(h.run("COPY", "a", "b")));
        assertEquals("1", text(h.run("GET", "b")));
        assertEquals("100", text(h.run("TTL", "b")));
        assertEquals("1", text(h.run("GET", "a")));
        h.assertEffects("COPY a b");
        h.assertNotifications("copy_to b");
    }

    @Test
    void anExistingDestinationIsKeptUnlessReplace() {
        h.run("SET", "a", "1");
        h.run("SET", "b", "2");
        h.clearRecords();
        assertEquals("0", text(h.run("COPY", "a", "b")));
        assertEquals("2", text(h.run("GET", "b")));
        h.assertEffects();
        assertEquals("1", text(h.run("COPY", "a", "b", "REPLACE")));
        assertEquals("1", text(h.run("GET", "b")));
    }

    @Test
    void copiesIntoAnotherDatabase() {
        h.run("SET", "a", "1");
        h.clearRecords();
        assertEquals("1", text(h.run("COPY", "a", "a", "DB", "3")));
        h.run("SELECT", "3");
        assertEquals("1", text(h.run("GET", "a")));
        h.assertEffects("COPY a a DB 3");
        h.assertNotifications("db 3: copy_to a");
    }

    @Test
    void aCollectionIsCopiedDeeply() {
        FakeList list = new FakeList(ValueType.SET, "x");
        h.keyspace.db(0).set("s".getBytes(), list);
        assertEquals("1", text(h.run("COPY", "s", "t")));
        assertNotSame(list, h.keyspace.db(0).get("t".getBytes(), h.clock.millis()));
        assertEquals("set", text(h.run("TYPE", "t")));
    }

    @Test
    void aMissingSourceCopiesNothing() {
        assertEquals("0", text(h.run("COPY", "missing", "b")));
        h.assertEffects();
    }

    @Test
    void errorsComeInTheOrderRedisChecks() {
        h.run("SET", "a", "1");
        assertEquals("-ERR source and destination objects are the same", text(h.run("COPY", "a", "a")));
        assertEquals("-ERR source and destination objects are the same", text(h.run("COPY", "a", "a", "DB", "0")));
        assertEquals("-ERR DB index is out of range", text(h.run("COPY", "a", "b", "DB", "16")));
        assertEquals("-ERR DB index is out of range", text(h.run("COPY", "a", "b", "DB", "-1")));
        assertEquals("-ERR DB index is out of range", text(h.run("COPY", "a", "b", "DB", "16", "FOO")));
        assertEquals("-ERR value is not an integer or out of range", text(h.run("COPY", "a", "b", "DB", "x")));
        assertEquals("-ERR value is out of range, value must between -2147483648 and 2147483647",
                text(h.run("COPY", "a", "b", "DB", "2147483648")));
        assertEquals("-ERR syntax error", text(h.run("COPY", "a", "b", "DB")));
        assertEquals("-ERR syntax error", text(h.run("COPY", "a", "b", "FOO")));
        assertEquals("-ERR syntax error", text(h.run("COPY", "a", "a", "DB", "0", "FOO")));
    }

    @Test
    void theLastDbWinsAndReplaceMayRepeat() {
        h.run("SET", "a", "1");
        assertEquals("1", text(h.run("COPY", "a", "b", "db", "1", "db", "2", "replace", "replace")));
        assertEquals(1, h.keyspace.db(2).size());
        assertEquals(0, h.keyspace.db(1).size());
    }
}
