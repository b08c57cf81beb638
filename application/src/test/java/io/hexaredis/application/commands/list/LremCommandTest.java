package io.hexaredis.application.commands.list;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;

class LremCommandTest {

    private final CommandHarness h = new CommandHarness();

    private String exists(String key) {
        return h.keyspace.db(0).exists(key.getBytes(java.nio.charset.StandardCharsets.UTF_8), h.clock.millis()) ? "1" : "0";
    }

    @Test
    void removesFromTheHeadTheTailOrEverywhere() {
        h.run("RPUSH", "l", "x", "a", "x", "b", "x");
        assertEquals("1", text(h.run("LREM", "l", "1", "x")));
        assertEquals("[a, x, b, x]", text(h.run("LRANGE", "l", "0", "-1")));
        assertEquals("1", text(h.run("LREM", "l", "-1", "x")));
        assertEquals("[a, x, b]", text(h.run("LRANGE", "l", "0", "-1")));
        assertEquals("0", text(h.run("LREM", "l", "0", "zz")));
        assertEquals("1", text(h.run("LREM", "l", "0", "x")));
        h.assertEffects("RPUSH l x a x b x", "LREM l 1 x", "LREM l -1 x", "LREM l 0 x");
    }

    @Test
    void removingEverythingDeletesTheKey() {
        h.run("RPUSH", "l", "x", "x");
        assertEquals("2", text(h.run("LREM", "l", "0", "x")));
        assertEquals("0", exists("l"));
        assertEquals("0", text(h.run("LREM", "l", "0", "x")));
        assertEquals("-ERR value is not an integer or out of range", text(h.run("LREM", "l", "x", "x")));
    }
}
