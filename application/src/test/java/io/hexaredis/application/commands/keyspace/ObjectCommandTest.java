package io.hexaredis.application.commands.keyspace;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.keyspace.ValueType;
import org.junit.jupiter.api.Test;

class ObjectCommandTest {

    private final CommandHarness h = new CommandHarness();

    private String encodingOf(String value) {
        h.run("SET", "k", value);
        return text(h.run("OBJECT", "ENCODING", "k"));
    }

    @Test
    void stringEncodingsFollowRedisRules() {
        assertEquals("int", encodingOf("123"));
        assertEquals("int", encodingOf("-9223372036854775808"));
        assertEquals("int", encodingOf("9223372036854775807"));
        assertEquals("embstr", encodingOf("12345678901234567890"));
        assertEquals("embstr", encodingOf("01"));
        assertEquals("embstr", encodingOf(""));
        assertEquals("embstr", encodingOf("a".repeat(44)));
        assertEquals("raw", encodingOf("a".repeat(45)));
    }

    @Test
    void otherTypesNameTheirOwnEncoding() {
        h.keyspace.db(0).set("l".getBytes(), new FakeList(ValueType.LIST, "x"));
        assertEquals("quicklist", text(h.run("object", "encoding", "l")));
    }

    @Test
    void aMissingKeyIsNilForEverySubcommand() {
        for (String sub : new String[] {"ENCODING", "FREQ", "IDLETIME", "REFCOUNT"}) {
            assertNull(text(h.run("OBJECT", sub, "missing")), sub);
        }
    }

    @Test
    void smallNonNegativeIntegersAreShared() {
        h.run("SET", "small", "9999");
        h.run("SET", "big", "10000");
        h.run("SET", "negative", "-1");
        h.run("SET", "text", "v");
        assertEquals("2147483647", text(h.run("OBJECT", "REFCOUNT", "small")));
        assertEquals("1", text(h.run("OBJECT", "REFCOUNT", "big")));
        assertEquals("1", text(h.run("OBJECT", "REFCOUNT", "negative")));
        assertEquals("1", text(h.run("OBJECT", "REFCOUNT", "text")));
    }

    @Test
    void idleTimeGrowsOnTheLruClockAndLookingDoesNotResetIt() {
        h.keyspace.updateLruClock(h.clock.millis());
        h.run("SET", "k", "v");
        assertEquals("0", text(h.run("OBJECT", "IDLETIME", "k")));
        h.clock.advance(10_000);
        h.keyspace.updateLruClock(h.clock.millis());
        h.run("TYPE", "k");
        h.run("TTL", "k");
        assertEquals("10", text(h.run("OBJECT", "IDLETIME", "k")));
        assertEquals("10", text(h.run("OBJECT", "IDLETIME", "k")));
        h.run("GET", "k");
        assertEquals("0", text(h.run("OBJECT", "IDLETIME", "k")));
    }

    @Test
    void freqNeedsAnLfuPolicy() {
        h.run("SET", "k", "v");
        assertEquals("-ERR An LFU maxmemory policy is not selected, access frequency not tracked. Please note that "
                + "when switching between policies at runtime LRU and LFU data will take some time to adjust.",
                text(h.run("OBJECT", "FREQ", "k")));
    }

    @Test
    void helpIsAnArrayOfStatusLines() {
        Reply.Array help = (Reply.Array) h.run("OBJECT", "HELP");
        assertEquals(15, help.items().size());
        assertInstanceOf(Reply.Status.class, help.items().get(0));
        assertEquals("OBJECT <subcommand> [<arg> [value] [opt] ...]. Subcommands are:", text(help.items().get(0)));
        assertEquals("    Prints this help.", text(help.items().get(14)));
    }

    @Test
    void unknownSubcommandsAndWrongArityAreRedisErrors() {
        assertEquals("-ERR wrong number of arguments for 'object' command", text(h.run("OBJECT")));
        assertEquals("-ERR unknown subcommand 'foo'. Try OBJECT HELP.", text(h.run("OBJECT", "foo")));
        assertEquals("-ERR wrong number of arguments for 'object|encoding' command", text(h.run("OBJECT", "ENCODING")));
        assertEquals("-ERR wrong number of arguments for 'object|encoding' command", text(h.run("OBJECT", "ENCODING", "a", "b")));
        assertEquals("-ERR wrong number of arguments for 'object|help' command", text(h.run("OBJECT", "HELP", "x")));
    }
}
