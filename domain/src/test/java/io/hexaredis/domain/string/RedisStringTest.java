package io.hexaredis.domain.string;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hexaredis.domain.error.RedisError;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedisStringTest {

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String s(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @CsvSource({
        "12345, int",
        "-9223372036854775808, int",
        "9223372036854775807, int",
        "9223372036854775808, embstr",
        "007, embstr",
        "-0, embstr",
        "1.5, embstr",
        "hello, embstr",
        "12345678901234567890123456789012345678901234, embstr",
        "123456789012345678901234567890123456789012345, raw"
    })
    void encodingFollowsTryObjectEncoding(String value, String expected) {
        assertEquals(expected, RedisString.encoding(b(value)));
    }

    @Test
    void theEmptyStringIsEmbstr() {
        assertEquals("embstr", RedisString.encoding(new byte[0]));
    }

    @Test
    void aMissingValueCountsAsZero() {
        assertEquals(1, RedisString.incrBy(null, 1));
        assertEquals(-5, RedisString.incrBy(null, -5));
    }

    @Test
    void incrementsTheCanonicalDecimalText() {
        assertEquals(42, RedisString.incrBy(b("41"), 1));
        assertEquals(-9223372036854775769L, RedisString.incrBy(b("39"), Long.MIN_VALUE));
    }

    @ParameterizedTest
    @CsvSource({"' 1'", "01", "-0", "1.0", "abc", "''", "9223372036854775808"})
    void onlyCanonicalIntegersCanBeIncremented(String value) {
        assertSame(RedisError.NOT_AN_INTEGER, assertThrows(RedisError.class, () -> RedisString.incrBy(b(value), 1)));
    }

    @Test
    void incrementsPastTheLongRangeOverflow() {
        assertSame(RedisError.OVERFLOW,
                assertThrows(RedisError.class, () -> RedisString.incrBy(b("9223372036854775807"), 1)));
        assertSame(RedisError.OVERFLOW,
                assertThrows(RedisError.class, () -> RedisString.incrBy(b("-9223372036854775808"), -1)));
        assertEquals(Long.MAX_VALUE, RedisString.incrBy(b("9223372036854775806"), 1));
        assertEquals(-1, RedisString.incrBy(b("9223372036854775807"), Long.MIN_VALUE));
    }

    @Test
    void incrByFloatStoresRedisText() {
        assertEquals("10.6", s(RedisString.incrByFloat(b("10.50"), b("0.1"))));
        assertEquals("5200", s(RedisString.incrByFloat(b("5.0e3"), b("2.0e2"))));
        assertEquals("1.5", s(RedisString.incrByFloat(null, b("1.5"))));
    }

    @Test
    void incrByFloatShowsTheRoundingOfLongDouble() {
        assertEquals("1000.09999999999999998", s(RedisString.incrByFloat(b("1000"), b("0.1"))));
    }

    @ParameterizedTest
    @CsvSource({"x", "' 1'", "'1 '", "nan", "1e", "0x", "-", ".", "1_0", "''", "1e5000", "1e-5000", "1e-4951"})
    void incrByFloatRefusesWhatStrtoldRefuses(String increment) {
        assertSame(RedisError.NOT_A_FLOAT,
                assertThrows(RedisError.class, () -> RedisString.incrByFloat(b("1"), b(increment))));
    }

    @Test
    void incrByFloatRefusesAStoredValueThatIsNotANumber() {
        assertSame(RedisError.NOT_A_FLOAT,
                assertThrows(RedisError.class, () -> RedisString.incrByFloat(b("abc"), b("1"))));
        assertSame(RedisError.NOT_A_FLOAT,
                assertThrows(RedisError.class, () -> RedisString.incrByFloat(b("1e4933"), b("1"))));
    }

    @ParameterizedTest
    @CsvSource({"inf", "-inf", "INF", "infinity", "+Infinity"})
    void infiniteIncrementsWouldProduceInfinity(String increment) {
        assertSame(RedisString.NAN_OR_INFINITY,
                assertThrows(RedisError.class, () -> RedisString.incrByFloat(b("1"), b(increment))));
    }

    @Test
    void sumsPastTheLongDoubleRangeWouldProduceInfinity() {
        byte[] big = RedisString.incrByFloat(null, b("1e4932"));
        assertEquals(4933, big.length);
        assertSame(RedisString.NAN_OR_INFINITY,
                assertThrows(RedisError.class, () -> RedisString.incrByFloat(big, b("1e4932"))));
    }

    @Test
    void checkLengthRefusesStringsLongerThanTheLimit() {
        RedisString.checkLength(1000, 24, 1024);
        assertSame(RedisError.STRING_TOO_LONG,
                assertThrows(RedisError.class, () -> RedisString.checkLength(1000, 25, 1024)));
        assertSame(RedisError.STRING_TOO_LONG,
                assertThrows(RedisError.class, () -> RedisString.checkLength(Long.MAX_VALUE, 1, Long.MAX_VALUE)));
    }

    @Test
    void checkLengthNeverAllowsMoreThanAJavaArrayHolds() {
        assertThrows(RedisError.class, () -> RedisString.checkLength(Integer.MAX_VALUE, 0, Long.MAX_VALUE));
    }

    @Test
    void appendReturnsANewArray() {
        byte[] old = b("hello");
        byte[] joined = RedisString.append(old, b(" world"), 1024);
        assertEquals("hello world", s(joined));
        assertEquals("hello", s(old));
    }

    @Test
    void appendRespectsTheLimit() {
        assertThrows(RedisError.class, () -> RedisString.append(new byte[10], new byte[10], 19));
    }

    @Test
    void setRangeOverwritesInsideAndPadsWithZeroBytesBeyond() {
        assertEquals("heLLo", s(RedisString.setRange(b("hello"), 2, b("LL"))));
        assertArrayEquals(new byte[] {0, 0, 0, 'a', 'b', 'c'}, RedisString.setRange(null, 3, b("abc")));
        assertArrayEquals(new byte[] {'h', 'i', 0, 'x'}, RedisString.setRange(b("hi"), 3, b("x")));
        assertEquals("hello world", s(RedisString.setRange(b("hello there"), 6, b("world"))));
    }

    @Test
    void setRangeLeavesTheOriginalUntouched() {
        byte[] old = b("hello");
        RedisString.setRange(old, 0, b("J"));
        assertEquals("hello", s(old));
    }

    @ParameterizedTest
    @CsvSource({
        "0, 4, hello",
        "-5, -1, world",
        "-10, -20, ''",
        "-12, -13, ''",
        "-20, -10, he",
        "-100, 100, hello world",
        "5, 3, ''",
        "0, -100, h",
        "11, 11, ''",
        "10, 11, d",
        "0, 9223372036854775807, hello world",
        "-9223372036854775808, -1, hello world"
    })
    void getRangeClampsIndexesAsRedisDoes(long start, long end, String expected) {
        assertEquals(expected, s(RedisString.getRange(b("hello world"), start, end)));
    }

    @Test
    void getRangeOfTheEmptyStringIsEmpty() {
        assertEquals(0, RedisString.getRange(new byte[0], 0, -1).length);
        assertEquals(0, RedisString.getRange(new byte[0], 0, 0).length);
    }
}
