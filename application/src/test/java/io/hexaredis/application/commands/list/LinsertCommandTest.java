package io.hexaredis.application.commands.list;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;

class LinsertCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void insertsBeforeOrAfterTheFirstPivot() {
        h.run("RPUSH", "l", "a", "b", "b");
        assertEquals("4", text(h.run("LINSERT", "l", "BEFORE", "b", "x")));
        assertEquals("5", text(h.run("LINSERT", "l", "after", "b", "y")));
        assertEquals("[a, x, b, y, b]", text(h.run("LRANGE", "l", "0", "-1")));
    }

    @Test
    void repliesMinusOneWithoutPivotAndZeroWithoutKey() {
        h.run("RPUSH", "l", "a");
        assertEquals("-1", text(h.run("LINSERT", "l", "before", "zz", "x")));
        assertEquals("0", text(h.run("LINSERT", "nokey", "before", "a", "x")));
        assertEquals("-ERR syntax error", text(h.run("LINSERT", "nokey", "middle", "a", "x")));
        h.assertEffects("RPUSH l a");
    }
}
