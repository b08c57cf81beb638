package io.hexaredis.application.commands.zset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.domain.command.Reply;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ZscanCommandTest {

    private final SortedSetHarness z = new SortedSetHarness().given("ZADD k 1 a 2 b 1.5 ab 123456789012345678 h");

    @Test
    void aListpackSetComesWholeWithItsStoredScoreText() {
        assertEquals("[0, [a, 1, ab, 1.5, b, 2, h, 123456789012345680]]", z.text("ZSCAN", "k", "0"));
        assertEquals("[0, [a, 1, ab, 1.5]]", z.text("ZSCAN", "k", "0", "MATCH", "a*", "COUNT", "1"));
    }

    @Test
    void aSkiplistSetIsWalkedWithACursorUntilItReturnsToZero() {
        StringBuilder args = new StringBuilder("ZADD big");
        for (int i = 0; i < 300; i++) {
            args.append(' ').append(i).append(" m").append(i);
        }
        z.given(args.toString());
        Set<String> seen = new HashSet<>();
        String cursor = "0";
        int steps = 0;
        do {
            List<Reply> reply = ((Reply.Array) z.run("ZSCAN", "big", cursor, "COUNT", "20")).items();
            cursor = CommandHarness.text(reply.get(0));
            List<Reply> items = ((Reply.Array) reply.get(1)).items();
            for (int i = 0; i < items.size(); i += 2) {
                seen.add(CommandHarness.text(items.get(i)) + "=" + CommandHarness.text(items.get(i + 1)));
            }
            steps++;
        } while (!cursor.equals("0"));
        assertEquals(300, seen.size());
        assertTrue(seen.contains("m123=123"));
        assertTrue(steps > 10, "about COUNT/2 members per step");
    }

    @Test
    void theCursorIsCheckedFirstThenTheKeyThenTheOptions() {
        z.given("SET str x");
        assertEquals("-ERR invalid cursor", z.text("ZSCAN", "k", "x"));
        assertEquals("-ERR invalid cursor", z.text("ZSCAN", "str", "x"));
        assertEquals("-ERR invalid cursor", z.text("ZSCAN", "k", "18446744073709551616"));
        assertEquals("-ERR invalid cursor", z.text("ZSCAN", "k", " 5"));
        assertEquals("[0, []]", z.text("ZSCAN", "missing", "0", "COUNT", "x"));
        assertEquals("-WRONGTYPE Operation against a key holding the wrong kind of value", z.text("ZSCAN", "str", "0", "COUNT", "0"));
        assertEquals("-ERR syntax error", z.text("ZSCAN", "k", "0", "COUNT", "0"));
        assertEquals("-ERR value is not an integer or out of range", z.text("ZSCAN", "k", "0", "COUNT", "x"));
        assertEquals("-ERR syntax error", z.text("ZSCAN", "k", "0", "MATCH"));
        assertEquals("-ERR syntax error", z.text("ZSCAN", "k", "0", "TYPE", "zset"));
        assertEquals("-ERR syntax error", z.text("ZSCAN", "k", "0", "NOVALUES"));
    }

    @Test
    void cursorsAreReadAsStrtoulReadsThem() {
        assertEquals(0L, ZscanCommand.parseCursor("".getBytes()));
        assertEquals(5L, ZscanCommand.parseCursor("+5".getBytes()));
        assertEquals(-1L, ZscanCommand.parseCursor("-1".getBytes()));
        assertEquals(-1L, ZscanCommand.parseCursor("18446744073709551615".getBytes()));
    }
}
