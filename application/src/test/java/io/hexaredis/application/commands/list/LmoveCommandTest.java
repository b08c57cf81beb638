package io.hexaredis.application.commands.list;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;

class LmoveCommandTest {

    private final CommandHarness h = new CommandHarness();

    private String exists(String key) {
        return h.keyspace.db(0).exists(key.getBytes(java.nio.charset.StandardCharsets.UTF_8), h.clock.millis()) ? "1" : "0";
    }

    @Test
    void movesBetweenListsAndPropagatesTheRequest() {
        h.run("RPUSH", "src", "a", "b");
        assertEquals("b", text(h.run("LMOVE", "src", "dst", "RIGHT", "LEFT")));
        assertEquals("a", text(h.run("LMOVE", "src", "dst", "left", "right")));
        assertEquals("0", exists("src"));
        assertEquals("[b, a]", text(h.run("LRANGE", "dst", "0", "-1")));
        assertNull(text(h.run("LMOVE", "src", "dst", "left", "left")));
        h.assertEffects("RPUSH src a b", "LMOVE src dst RIGHT LEFT", "LMOVE src dst left right");
    }

    @Test
    void theSameKeyRotates() {
        h.run("RPUSH", "l", "a", "b", "c");
        assertEquals("a", text(h.run("LMOVE", "l", "l", "LEFT", "RIGHT")));
        assertEquals("[b, c, a]", text(h.run("LRANGE", "l", "0", "-1")));
        h.run("RPUSH", "one", "x");
        assertEquals("x", text(h.run("LMOVE", "one", "one", "LEFT", "LEFT")));
        assertEquals("[x]", text(h.run("LRANGE", "one", "0", "-1")));
    }

    @Test
    void aWrongDestinationMovesNothing() {
        h.run("RPUSH", "src", "a");
        h.run("SET", "s", "v");
        assertTrue(text(h.run("LMOVE", "src", "s", "LEFT", "LEFT")).startsWith("-WRONGTYPE"));
        assertEquals("1", text(h.run("LLEN", "src")));
        assertNull(text(h.run("LMOVE", "nokey", "s", "LEFT", "LEFT")));
        assertEquals("-ERR syntax error", text(h.run("LMOVE", "src", "d", "UP", "LEFT")));
    }
}
