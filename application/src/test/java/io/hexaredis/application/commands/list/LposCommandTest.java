package io.hexaredis.application.commands.list;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;

class LposCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void findsWithRankCountAndMaxlen() {
        h.run("RPUSH", "l", "a", "b", "c", "1", "2", "3", "c", "c");
        assertEquals("2", text(h.run("LPOS", "l", "c")));
        assertEquals("6", text(h.run("LPOS", "l", "c", "RANK", "2")));
        assertEquals("7", text(h.run("LPOS", "l", "c", "RANK", "-1")));
        assertEquals("[2, 6, 7]", text(h.run("LPOS", "l", "c", "COUNT", "0")));
        assertEquals("[7, 6]", text(h.run("LPOS", "l", "c", "RANK", "-1", "COUNT", "2")));
        assertEquals("[]", text(h.run("LPOS", "l", "c", "COUNT", "0", "MAXLEN", "2")));
        assertNull(text(h.run("LPOS", "l", "zz")));
        assertEquals("[]", text(h.run("LPOS", "nokey", "c", "COUNT", "1")));
        assertNull(text(h.run("LPOS", "nokey", "c")));
    }

    @Test
    void theLowestRankBehavesAsMinusOneAsInRedis() {
        h.run("RPUSH", "l", "a", "b", "a");
        assertEquals("2", text(h.run("LPOS", "l", "a", "RANK", "-9223372036854775808")));
    }

    @Test
    void optionErrorsComeBeforeTheLookup() {
        assertTrue(text(h.run("LPOS", "nokey", "c", "RANK", "0")).startsWith("-ERR RANK can't be zero: use 1"));
        assertEquals("-ERR COUNT can't be negative", text(h.run("LPOS", "nokey", "c", "COUNT", "-1")));
        assertEquals("-ERR MAXLEN can't be negative", text(h.run("LPOS", "nokey", "c", "MAXLEN", "x")));
        assertEquals("-ERR syntax error", text(h.run("LPOS", "nokey", "c", "RANK")));
        assertEquals("-ERR value is not an integer or out of range", text(h.run("LPOS", "nokey", "c", "RANK", "x")));
    }
}
