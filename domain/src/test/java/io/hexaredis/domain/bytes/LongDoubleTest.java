package io.hexaredis.domain.bytes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The expected texts are what Redis 7.0.15 answers to HINCRBYFLOAT on x86-64. */
class LongDoubleTest {

    private static LongDouble ld(String s) {
        return LongDouble.parse(s.getBytes(StandardCharsets.US_ASCII));
    }

    private static String sum(String a, String b) {
        return new String(ld(a).add(ld(b)).toHumanBytes(), StandardCharsets.US_ASCII);
    }

    @ParameterizedTest
    @CsvSource({
        "0, 0.1, 0.1",
        "0.1, 0.2, 0.3",
        "0.3, -0.3, 0",
        "0, -1e-30, 0",
        "1.5, 1, 2.5",
        "10.5, 0.1, 10.6",
        "0, 3.0e3, 3000",
        "3000, 1.23456789012345678901234, 3001.23456789012345669",
        "9223372036854775807, 1, 9223372036854775808",
        "9223372036854775808, 1, 9223372036854775809",
        "1, 1e70, 10000000000000000000222479489586148259025995410601157579323600873193472",
        "0, 10.00, 10",
        "0, -0, 0",
        "17, .5, 17.5",
        "17.5, 5., 22.5",
        "5.0e3, 2.0e2, 5200",
    })
    void addsAsAnX87LongDoubleAndPrintsAsRedisDoes(String a, String b, String expected) {
        assertEquals(expected, sum(a, b));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " 1", "1 ", "abc", "nan", "1e", "1e5000", "-1e5000", "1e-5000", "1.5.5"})
    void refusesWhatStrtoldRefusesOrPutsOutOfRange(String text) {
        assertNull(ld(text));
    }

    @Test
    void infinityIsAValidButInfiniteNumber() {
        assertTrue(ld("inf").isInfinite());
        assertTrue(ld("-Infinity").isInfinite());
        assertTrue(ld("inf").add(ld("1")).isInfinite());
        assertNull(ld("inf").add(ld("-inf")), "inf - inf is not a number");
    }

    @Test
    void sumsPastTheLargestLongDoubleAreInfinite() {
        assertTrue(ld("1e4932").add(ld("1e4932")).isInfinite());
    }

    @Test
    void integersAreExact() {
        assertEquals("-9223372036854775808",
                new String(LongDouble.of(Long.MIN_VALUE).add(LongDouble.ZERO).toHumanBytes(), StandardCharsets.US_ASCII));
    }
}
