package io.hexaredis.application.commands.keyspace;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.keyspace.ValueType;
import org.junit.jupiter.api.Test;

class TypeCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void namesTheTypeInAStatusReply() {
        h.run("SET", "s", "v");
        for (ValueType t : ValueType.values()) {
            if (t != ValueType.STRING) {
                h.keyspace.db(0).set(t.word().getBytes(), new FakeList(t, "x"));
            }
        }
        assertInstanceOf(Reply.Status.class, h.run("TYPE", "s"));
        assertEquals("string", text(h.run("TYPE", "s")));
        for (String type : new String[] {"list", "set", "zset", "hash", "stream"}) {
            assertEquals(type, text(h.run("TYPE", type)));
        }
    }

    @Test
    void aMissingOrExpiredKeyIsNone() {
        assertEquals("none", text(h.run("TYPE", "missing")));
        h.run("SET", "k", "v");
        h.run("PEXPIRE", "k", "1");
        h.clock.advance(1);
        assertEquals("none", text(h.run("TYPE", "k")));
    }
}
