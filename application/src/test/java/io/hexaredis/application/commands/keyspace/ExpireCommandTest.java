package io.hexaredis.application.commands.keyspace;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;

class ExpireCommandTest {

    private final CommandHarness h = new CommandHarness();
    private final long now = h.clock.millis();

    @Test
    void setsATtlInSecondsPropagatedAsAnAbsolutePexpireat() {
        h.run("SET", "k", "v");
        h.clearRecords();
        assertEquals("1", text(h.run("EXPIRE", "k", "100")));
        assertEquals("100", text(h.run("TTL", "k")));
        h.assertEffects("PEXPIREAT k " + (now + 100_000));
        h.assertNotifications("expire k");
    }

    @Test
    void theKeyIsGoneWhenItsTimeComes() {
        h.run("SET", "k", "v");
        h.run("EXPIRE", "k", "10");
        h.clearRecords();
        h.clock.advance(9_999);
        assertEquals("v", text(h.run("GET", "k")));
        h.clock.advance(1);
        assertNull(text(h.run("GET", "k")));
        h.assertEffects("DEL k");
        h.assertNotifications("expired k");
    }

    @Test
    void aMissingKeyAnswersZero() {
        assertEquals("0", text(h.run("EXPIRE", "missing", "10")));
        h.assertEffects();
    }

    @Test
    void aTimeInThePastDeletesTheKeyAndIsPropagatedAsDel() {
        h.run("SET", "k", "v");
        h.clearRecords();
        assertEquals("1", text(h.run("EXPIRE", "k", "-5")));
        assertEquals("0", text(h.run("EXISTS", "k")));
        h.assertEffects("DEL k");
        h.assertNotifications("del k");
        h.run("SET", "z", "v");
        assertEquals("1", text(h.run("EXPIRE", "z", "0")));
        assertEquals("0", text(h.run("EXISTS", "z")));
    }

    @Test
    void nxSetsOnlyAKeyWithoutTtl() {
        h.run("SET", "k", "v");
        assertEquals("1", text(h.run("EXPIRE", "k", "100", "NX")));
        h.clearRecords();
        assertEquals("0", text(h.run("EXPIRE", "k", "200", "nx")));
        assertEquals("100", text(h.run("TTL", "k")));
        h.assertEffects();
    }

    @Test
    void xxSetsOnlyAKeyThatHasATtlAndTheConditionIsPropagated() {
        h.run("SET", "k", "v");
        assertEquals("0", text(h.run("EXPIRE", "k", "100", "XX")));
        assertEquals("-1", text(h.run("TTL", "k")));
        h.run("EXPIRE", "k", "100");
        h.clearRecords();
        assertEquals("1", text(h.run("EXPIRE", "k", "200", "xx")));
        h.assertEffects("PEXPIREAT k " + (now + 200_000) + " xx");
    }

    @Test
    void gtOnlyExtendsAndNeverAppliesToAKeyWithoutTtl() {
        h.run("SET", "k", "v");
        assertEquals("0", text(h.run("EXPIRE", "k", "100", "GT")));
        h.run("EXPIRE", "k", "100");
        assertEquals("0", text(h.run("EXPIRE", "k", "50", "GT")));
        assertEquals("0", text(h.run("EXPIRE", "k", "100", "GT")));
        assertEquals("1", text(h.run("EXPIRE", "k", "150", "GT")));
        assertEquals("150", text(h.run("TTL", "k")));
    }

    @Test
    void ltOnlyShortensAndAlwaysAppliesToAKeyWithoutTtl() {
        h.run("SET", "k", "v");
        assertEquals("1", text(h.run("EXPIRE", "k", "100", "LT")));
        assertEquals("0", text(h.run("EXPIRE", "k", "150", "LT")));
        assertEquals("0", text(h.run("EXPIRE", "k", "100", "LT")));
        assertEquals("1", text(h.run("EXPIRE", "k", "50", "LT")));
        assertEquals("50", text(h.run("TTL", "k")));
    }

    @Test
    void xxAndGtTogetherNeedATtlAndALaterTime() {
        h.run("SET", "k", "v");
        assertEquals("0", text(h.run("EXPIRE", "k", "10", "XX", "GT")));
        h.run("EXPIRE", "k", "10");
        assertEquals("1", text(h.run("EXPIRE", "k", "20", "XX", "GT")));
    }

    @Test
    void incompatibleOrUnknownOptionsAreErrorsCheckedBeforeTheTime() {
        h.run("SET", "k", "v");
        String nx = "-ERR NX and XX, GT or LT options at the same time are not compatible";
        assertEquals(nx, text(h.run("EXPIRE", "k", "10", "NX", "XX")));
        assertEquals(nx, text(h.run("EXPIRE", "k", "10", "NX", "GT")));
        assertEquals(nx, text(h.run("EXPIRE", "k", "10", "LT", "NX")));
        assertEquals("-ERR GT and LT options at the same time are not compatible", text(h.run("EXPIRE", "k", "10", "GT", "LT")));
        assertEquals("-ERR Unsupported option foo", text(h.run("EXPIRE", "k", "10", "foo")));
        assertEquals("-ERR Unsupported option foo", text(h.run("EXPIRE", "k", "abc", "foo")));
        assertEquals("1", text(h.run("EXPIRE", "k", "10", "NX", "NX")));
    }

    @Test
    void theTimeMustBeAnIntegerThatDoesNotOverflow() {
        h.run("SET", "k", "v");
        assertEquals("-ERR value is not an integer or out of range", text(h.run("EXPIRE", "k", "1.5")));
        assertEquals("-ERR invalid expire time in 'expire' command", text(h.run("EXPIRE", "k", "9223372036854775807")));
        assertEquals("-ERR invalid expire time in 'expire' command", text(h.run("EXPIRE", "k", "9223372036854775")));
        assertEquals("-ERR invalid expire time in 'expire' command", text(h.run("EXPIRE", "k", "-9223372036854775808")));
        assertEquals("-ERR invalid expire time in 'expire' command", text(h.run("EXPIRE", "missing", "9223372036854775807")));
        assertEquals("1", text(h.run("EXPIRE", "k", "9223372036854")));
        assertEquals("9223372036854", text(h.run("TTL", "k")));
    }
}
