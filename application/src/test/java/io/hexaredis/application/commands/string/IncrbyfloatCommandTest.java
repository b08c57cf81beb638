package io.hexaredis.application.commands.string;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;

class IncrbyfloatCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void addsAndIsPropagatedAsSetWithKeepttl() {
        h.run("SET", "f", "10.50");
        assertEquals("10.6", text(h.run("INCRBYFLOAT", "f", "0.1")));
        assertEquals("5.6", text(h.run("INCRBYFLOAT", "f", "-5")));
        h.assertEffects("SET f 10.50", "SET f 10.6 KEEPTTL", "SET f 5.6 KEEPTTL");
    }

    @Test
    void exponentsAndHexadecimalAreAccepted() {
        h.run("SET", "f", "5.0e3");
        assertEquals("5200", text(h.run("INCRBYFLOAT", "f", "2.0e2")));
        assertEquals("5216", text(h.run("INCRBYFLOAT", "f", "0x10")));
    }

    @Test
    void theTextIsRedisLongDoubleText() {
        h.run("SET", "f", "1000");
        assertEquals("1000.09999999999999998", text(h.run("INCRBYFLOAT", "f", "0.1")));
    }

    @Test
    void theTtlIsKept() {
        h.run("SET", "f", "1", "EX", "10");
        h.run("INCRBYFLOAT", "f", "1");
        assertEquals(1_700_000_010_000L, h.keyspace.db(0).expireAt("f".getBytes()));
    }

    @Test
    void nonNumbersAreNotValidFloats() {
        assertEquals("-ERR value is not a valid float", text(h.run("INCRBYFLOAT", "f", "x")));
        assertEquals("-ERR value is not a valid float", text(h.run("INCRBYFLOAT", "f", "nan")));
        h.run("SET", "s", "abc");
        h.clearEffects();
        assertEquals("-ERR value is not a valid float", text(h.run("INCRBYFLOAT", "s", "1")));
        h.assertEffects();
    }

    @Test
    void infinityIsRefused() {
        assertEquals("-ERR increment would produce NaN or Infinity", text(h.run("INCRBYFLOAT", "f", "inf")));
        assertEquals("-ERR increment would produce NaN or Infinity", text(h.run("INCRBYFLOAT", "f", "-inf")));
        h.assertEffects();
    }

    @Test
    void anotherTypeIsWrongtype() {
        FakeList.storeIn(h, "l");
        assertEquals(FakeList.WRONGTYPE, text(h.run("INCRBYFLOAT", "l", "1")));
    }
}
