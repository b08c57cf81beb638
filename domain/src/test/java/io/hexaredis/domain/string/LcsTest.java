package io.hexaredis.domain.string;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hexaredis.domain.error.RedisError;
import io.hexaredis.domain.string.Lcs.Match;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LcsTest {

    private static Lcs lcs(String a, String b) {
        return Lcs.of(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8), Long.MAX_VALUE);
    }

    @Test
    void findsTheSubsequenceOfRedisDocumentationExample() {
        Lcs l = lcs("ohmytext", "mynewtext");
        assertEquals("mytext", new String(l.subsequence(), StandardCharsets.UTF_8));
        assertEquals(6, l.length());
    }

    @Test
    void reportsMatchingRangesFromTheEnd() {
        assertEquals(List.of(new Match(4, 7, 5, 8), new Match(2, 3, 0, 1)), lcs("ohmytext", "mynewtext").matches(0));
    }

    @Test
    void minimumLengthFiltersShortRanges() {
        assertEquals(List.of(new Match(4, 7, 5, 8)), lcs("ohmytext", "mynewtext").matches(4));
        assertEquals(4, lcs("ohmytext", "mynewtext").matches(4).get(0).length());
    }

    @Test
    void emptyOrDisjointStringsHaveNothingInCommon() {
        assertEquals(0, lcs("", "abc").length());
        assertEquals(List.of(), lcs("abc", "xyz").matches(0));
    }

    @Test
    void aRangeEndingAtTheStartOfAStringIsReported() {
        assertEquals(List.of(new Match(0, 2, 0, 2)), lcs("abc", "abc").matches(0));
        assertEquals(List.of(new Match(1, 1, 0, 0)), lcs("xa", "a").matches(0));
    }

    @Test
    void theTableMayNotExceedTheLimit() {
        byte[] a = new byte[600];
        byte[] b = new byte[500];
        // 601 * 501 cells of 4 bytes exceed one megabyte
        assertSame(Lcs.TABLE_TOO_LARGE, assertThrows(RedisError.class, () -> Lcs.of(a, b, 1024 * 1024)));
        assertEquals(500, Lcs.of(a, b, 2 * 1024 * 1024).length());
    }
}
