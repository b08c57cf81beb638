package io.hexaredis.application.commands.zset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class ZrangestoreCommandTest {

    private final SortedSetHarness z = new SortedSetHarness().given("ZADD src 1 a 2 b 3 c");

    @Test
    void storesTheSelectionAndRepliesItsSize() {
        assertEquals("1", z.text("ZRANGESTORE", "dst", "src", "-", "+", "BYLEX", "LIMIT", "1", "1"));
        assertEquals("[b]", z.text("ZRANGE", "dst", "0", "-1"));
        assertEquals("2", z.text("ZRANGESTORE", "dst", "src", "5", "(1", "BYSCORE", "REV"));
        assertEquals("[b, 2, c, 3]", z.text("ZRANGE", "dst", "0", "-1", "WITHSCORES"));
        z.assertEffects("ZRANGESTORE dst src - + BYLEX LIMIT 1 1", "ZRANGESTORE dst src 5 (1 BYSCORE REV");
        z.assertEvents("zrangestore dst", "zrangestore dst");
    }

    @Test
    void anEmptySelectionDeletesTheDestination() {
        z.given("ZRANGESTORE dst src 0 -1");
        assertEquals("0", z.text("ZRANGESTORE", "dst", "src", "5", "10"));
        assertFalse(z.exists("dst"));
        assertEquals("0", z.text("ZRANGESTORE", "dst", "missing", "0", "-1"));
        z.assertEffects("ZRANGESTORE dst src 5 10");
        z.assertEvents("del dst");
    }

    @Test
    void replacesAnyTypeAtTheDestination() {
        z.given("SET dst x");
        assertEquals("3", z.text("ZRANGESTORE", "dst", "src", "0", "-1"));
        assertEquals("listpack", z.encoding("dst"));
    }

    @Test
    void refusesWithscoresAndOtherTypesAtTheSource() {
        z.given("SET str x");
        assertEquals("-ERR syntax error", z.text("ZRANGESTORE", "dst", "src", "0", "-1", "WITHSCORES"));
        assertEquals("-ERR syntax error, LIMIT is only supported in combination with either BYSCORE or BYLEX",
                z.text("ZRANGESTORE", "dst", "src", "0", "-1", "LIMIT", "0", "1"));
        assertEquals("-WRONGTYPE Operation against a key holding the wrong kind of value", z.text("ZRANGESTORE", "dst", "str", "0", "-1"));
    }

    @Test
    void theStoredSetIsCompactWhenItFitsWhateverTheSource() {
        StringBuilder args = new StringBuilder("ZADD big");
        for (int i = 0; i < 200; i++) {
            args.append(' ').append(i).append(" m").append(i);
        }
        z.given(args.toString());
        z.given("ZRANGESTORE small big 0 9", "ZRANGESTORE large big 0 199");
        assertEquals("listpack", z.encoding("small"));
        assertEquals("skiplist", z.encoding("large"));
    }

    @Test
    void aDestinationFilledWhileCompactLosesTheSignOfNegativeZeros() {
        StringBuilder args = new StringBuilder("ZADD big");
        for (int i = 0; i < 200; i++) {
            args.append(" -0 m").append(String.format("%03d", i));
        }
        z.given(args.toString());
        // ZADD itself filled the first 128 members while the new key was a listpack
        assertEquals("0", z.text("ZSCORE", "big", "m127"));
        assertEquals("-0", z.text("ZSCORE", "big", "m128"));
        // by rank the size is known: 150 members start as a skip list, and every -0 survives
        z.given("ZRANGESTORE byrank big 50 199");
        assertEquals("-0", z.text("ZSCORE", "byrank", "m128"));
        // by score it is not: 128 members go through a listpack, the rest arrive after the conversion
        z.given("ZRANGESTORE byscore big -inf +inf BYSCORE LIMIT 50 150");
        assertEquals("skiplist", z.encoding("byscore"));
        assertEquals("0", z.text("ZSCORE", "byscore", "m177"));
        assertEquals("-0", z.text("ZSCORE", "byscore", "m178"));
    }
}
