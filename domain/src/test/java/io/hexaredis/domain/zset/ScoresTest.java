package io.hexaredis.domain.zset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hexaredis.domain.error.RedisError;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScoresTest {

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @ParameterizedTest
    @CsvSource({
        "1, 1", "-1.5, -1.5", "1., 1", ".5, 0.5", "1e3, 1000", "1E+3, 1000", "+2, 2",
        "0x10, 16", "0x1p4, 16", "0X1.8P1, 3", "inf, Infinity", "-INF, -Infinity", "+Infinity, Infinity",
        "1e-310, 1e-310", "0e999, 0",
    })
    void acceptsWhatStrtodAccepts(String text, double expected) {
        assertEquals(expected, Scores.parse(b(text)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " 1", "1 ", "1e", "e1", "nan", "-nan", "abc", "1e400", "-1e400", "1e-400",
        "0x", "0xg", "1.2.3", "--1", "infx", "1\u0000"})
    void refusesWhatGetDoubleFromObjectRefuses(String text) {
        assertTrue(Double.isNaN(Scores.parse(b(text))), text);
    }

    @Test
    void rangeBoundsAreLaxerThanArguments() {
        assertEquals(0, Scores.parseRangeBound(b(""), 0));
        assertEquals(0, Scores.parseRangeBound(b("("), 1));
        assertEquals(1, Scores.parseRangeBound(b(" 1"), 0));
        assertEquals(Double.POSITIVE_INFINITY, Scores.parseRangeBound(b("1e400"), 0));
        assertTrue(Double.isNaN(Scores.parseRangeBound(b("1 "), 0)));
        assertTrue(Double.isNaN(Scores.parseRangeBound(b("   "), 0)));
        assertTrue(Double.isNaN(Scores.parseRangeBound(b("nan"), 0)));
    }

    @Test
    void scoreRangesParseExclusiveBoundsAndRefuseGarbage() {
        ScoreRange r = ScoreRange.parse(b("(1.5"), b("+inf"));
        assertEquals(new ScoreRange(1.5, true, Double.POSITIVE_INFINITY, false), r);
        assertTrue(r.contains(2) && !r.contains(1.5));
        assertTrue(ScoreRange.parse(b("(1"), b("1")).isEmpty());
        assertSame(ScoreRange.NOT_A_FLOAT, assertThrows(RedisError.class, () -> ScoreRange.parse(b("((1"), b("2"))));
        assertSame(ScoreRange.NOT_A_FLOAT, assertThrows(RedisError.class, () -> ScoreRange.parse(b("1"), b("x"))));
    }

    @Test
    void lexRangesNeedABracketOrAnOpenEnd() {
        LexRange r = LexRange.parse(b("(a"), b("[c"));
        assertTrue(!r.contains(b("a")) && r.contains(b("b")) && r.contains(b("c")) && !r.contains(b("ca")));
        assertTrue(LexRange.parse(b("-"), b("+")).contains(new byte[0]));
        assertTrue(LexRange.parse(b("+"), b("-")).isEmpty());
        assertTrue(LexRange.parse(b("(a"), b("(a")).isEmpty());
        assertTrue(LexRange.parse(b("("), b("+")).contains(b("a")));
        for (String bad : new String[] {"a", "", "+a", "-a"}) {
            assertSame(LexRange.NOT_A_RANGE_ITEM, assertThrows(RedisError.class, () -> LexRange.parse(b(bad), b("+"))));
        }
    }

    @ParameterizedTest
    @CsvSource({"1.5, 1.5", "-0.0, 0", "123456789012345678, 123456789012345680", "1e20, 1e+20",
        "0.1, 0.10000000000000001", "Infinity, inf", "4611686018427387904, 4611686018427387904",
        "9223372036854775807, 9.2233720368547758e+18"})
    void listpackTextIsD2string(double score, String text) {
        assertEquals(text, Scores.listpackText(score));
    }
}
