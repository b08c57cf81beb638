package io.hexaredis.application.commands.string;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;

class AppendCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void appendsAndAnswersTheNewLength() {
        assertEquals("5", text(h.run("APPEND", "k", "hello")));
        assertEquals("11", text(h.run("APPEND", "k", " world")));
        assertEquals("hello world", text(h.run("GET", "k")));
        h.assertEffects("APPEND k hello", "APPEND k  world");
    }

    @Test
    void anEmptyValueCreatesAnEmptyString() {
        assertEquals("0", text(h.run("APPEND", "k", "")));
        assertEquals("", text(h.run("GET", "k")));
        h.assertEffects("APPEND k ");
    }

    @Test
    void theTtlIsKept() {
        h.run("SET", "k", "a", "EX", "10");
        h.run("APPEND", "k", "b");
        assertEquals(1_700_000_010_000L, h.keyspace.db(0).expireAt("k".getBytes()));
    }

    @Test
    void anotherTypeIsWrongtype() {
        FakeList.storeIn(h, "l");
        assertEquals(FakeList.WRONGTYPE, text(h.run("APPEND", "l", "x")));
    }

    @Test
    void theResultMayNotExceedProtoMaxBulkLen() {
        h.config.set("proto-max-bulk-len", "1mb");
        h.run("SETRANGE", "k", "1048575", "x");
        assertEquals("-ERR string exceeds maximum allowed size (proto-max-bulk-len)", text(h.run("APPEND", "k", "y")));
        assertEquals("1048576", text(h.run("APPEND", "k", "")));
    }

    @Test
    void theMastersLinkIsNotLimited() {
        h.config.set("proto-max-bulk-len", "1mb");
        h.run("SETRANGE", "k", "1048575", "x");
        var master = h.newClient();
        master.session().setMaster(true);
        assertEquals("1048577", text(h.runAs(master, "APPEND", "k", "y")));
    }
}
