package io.hexaredis.application.commands.list;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;

class LpushxCommandTest {

    private final CommandHarness h = new CommandHarness();

    private String exists(String key) {
        return h.keyspace.db(0).exists(key.getBytes(java.nio.charset.StandardCharsets.UTF_8), h.clock.millis()) ? "1" : "0";
    }

    @Test
    void aMissingKeyStaysMissingAndNothingIsPropagated() {
        assertEquals("0", text(h.run("LPUSHX", "l", "a")));
        assertEquals("0", exists("l"));
        h.assertEffects();
    }

    @Test
    void pushesOnAnExistingList() {
        h.run("RPUSH", "l", "a");
        assertEquals("3", text(h.run("LPUSHX", "l", "b", "c")));
        assertEquals("[c, b, a]", text(h.run("LRANGE", "l", "0", "-1")));
    }

    @Test
    void aKeyOfAnotherTypeIsWrongtype() {
        h.run("SET", "s", "v");
        assertTrue(text(h.run("LPUSHX", "s", "a")).startsWith("-WRONGTYPE"));
    }
}
