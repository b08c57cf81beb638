package io.hexaredis.application.commands.string;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;

class SetrangeCommandTest {

    private static final String TOO_LONG = "-ERR string exceeds maximum allowed size (proto-max-bulk-len)";

    private final CommandHarness h = new CommandHarness();

    @Test
    void overwritesFromTheOffsetAndAnswersTheNewLength() {
        h.run("SET", "k", "Hello World");
        assertEquals("11", text(h.run("SETRANGE", "k", "6", "Redis")));
        assertEquals("Hello Redis", text(h.run("GET", "k")));
        h.assertEffects("SET k Hello World", "SETRANGE k 6 Redis");
    }

    @Test
    void padsWithZeroBytesPastTheEnd() {
        assertEquals("6", text(h.run("SETRANGE", "k", "3", "abc")));
        assertEquals("\0\0\0abc", text(h.run("GET", "k")));
    }

    @Test
    void anEmptyValueAnswersTheCurrentLengthAndChangesNothing() {
        assertEquals("0", text(h.run("SETRANGE", "missing", "5", "")));
        assertNull(text(h.run("GET", "missing")));
        h.run("SET", "k", "abc");
        h.clearEffects();
        assertEquals("3", text(h.run("SETRANGE", "k", "100", "")));
        h.assertEffects();
    }

    @Test
    void theTtlIsKept() {
        h.run("SET", "k", "abc", "EX", "10");
        h.run("SETRANGE", "k", "0", "x");
        assertEquals(1_700_000_010_000L, h.keyspace.db(0).expireAt("k".getBytes()));
    }

    @Test
    void aNegativeOffsetIsOutOfRangeBeforeTheTypeIsChecked() {
        FakeList.storeIn(h, "l");
        assertEquals("-ERR offset is out of range", text(h.run("SETRANGE", "k", "-1", "x")));
        assertEquals("-ERR offset is out of range", text(h.run("SETRANGE", "l", "-1", "x")));
        assertEquals("-ERR value is not an integer or out of range", text(h.run("SETRANGE", "k", "x", "x")));
    }

    @Test
    void anotherTypeIsWrongtypeEvenWithAnEmptyValue() {
        FakeList.storeIn(h, "l");
        assertEquals(FakeList.WRONGTYPE, text(h.run("SETRANGE", "l", "0", "")));
        assertEquals(FakeList.WRONGTYPE, text(h.run("SETRANGE", "l", "0", "x")));
    }

    @Test
    void offsetPlusLengthMayNotExceedProtoMaxBulkLen() {
        h.config.set("proto-max-bulk-len", "1mb");
        assertEquals(TOO_LONG, text(h.run("SETRANGE", "k", "1048576", "x")));
        assertEquals(TOO_LONG, text(h.run("SETRANGE", "k", "1048575", "xy")));
        assertEquals(TOO_LONG, text(h.run("SETRANGE", "k", "9223372036854775807", "x")));
        assertEquals("1048576", text(h.run("SETRANGE", "k", "1048575", "x")));
    }
}
