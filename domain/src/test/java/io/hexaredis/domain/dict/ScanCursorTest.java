package io.hexaredis.domain.dict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hexaredis.domain.error.RedisError;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScanCursorTest {

    private static long parse(String s) {
        return ScanCursor.parse(s.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void readsCursorsAsStrtoulDoes() {
        assertEquals(0, parse("0"));
        assertEquals(0, parse(""));
        assertEquals(0, parse("+0"));
        assertEquals(0, parse("-0"));
        assertEquals(17, parse("17"));
        assertEquals(17, parse("0017"));
        assertEquals(-1L, parse("-1"), "negative numbers wrap around");
        assertEquals(-1L, parse("18446744073709551615"));
        assertEquals(1, parse("-18446744073709551615"));
    }

    @ParameterizedTest
    @ValueSource(strings = {" 0", "0 ", "0x1", "abc", "+", "-", "18446744073709551616", "-18446744073709551616",
            "99999999999999999999"})
    void refusesAnythingElse(String text) {
        RedisError e = assertThrows(RedisError.class, () -> parse(text));
        assertSame(ScanCursor.INVALID, e);
    }

    @Test
    void formatsCursorsUnsigned() {
        assertEquals("18446744073709551615", ScanCursor.format(-1L));
        assertEquals("0", ScanCursor.format(0));
    }
}
