package io.hexaredis.application.blocking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hexaredis.domain.error.RedisError;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TimeoutTest {

    private static final long NOW = 1_700_000_000_000L;

    private static long parse(String text) {
        return Timeout.parse(text.getBytes(StandardCharsets.US_ASCII), NOW);
    }

    private static String error(String text) {
        return assertThrows(RedisError.class, () -> parse(text)).line();
    }

    @Test
    void secondsWithAFractionBecomeAnAbsoluteTimeInMilliseconds() {
        assertEquals(NOW + 1000, parse("1"));
        assertEquals(NOW + 1500, parse("1.5"));
        assertEquals(NOW + 100_000, parse("1e2"));
        assertEquals(NOW + 16_000, parse("0x10"));
        assertEquals(NOW + 1000, parse("+1"));
    }

    @Test
    void zeroIsForeverAndFractionsOfAMillisecondRoundUp() {
        assertEquals(0, parse("0"));
        assertEquals(0, parse("0.0"));
        assertEquals(0, parse("-0.0001"));
        assertEquals(NOW + 1, parse("0.0001"));
        assertEquals(NOW + 1, parse("1e-300"));
    }

    @Test
    void negativeAndTooLargeValuesAreNegativeAsInRedis() {
        assertEquals("ERR timeout is negative", error("-1"));
        assertEquals("ERR timeout is negative", error("inf"));
        assertEquals("ERR timeout is negative", error("-inf"));
        assertEquals("ERR timeout is negative", error("1e300"));
        assertEquals("ERR timeout is negative", error("1e18"));
    }

    @Test
    void textThatIsNoNumberIsRefused() {
        assertEquals("ERR timeout is not a float or out of range", error("abc"));
        assertEquals("ERR timeout is not a float or out of range", error(""));
        assertEquals("ERR timeout is not a float or out of range", error(" 1"));
        assertEquals("ERR timeout is not a float or out of range", error("1 "));
        assertEquals("ERR timeout is not a float or out of range", error("nan"));
        assertEquals("ERR timeout is not a float or out of range", error("0xzz"));
    }

    @Test
    void aHugeButValidTimeoutSaturates() {
        assertEquals(Long.MAX_VALUE, parse("9223372000000000"));
    }
}
