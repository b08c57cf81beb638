package io.hexaredis.application.commands.list;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;

class LtrimCommandTest {

    private final CommandHarness h = new CommandHarness();

    private String exists(String key) {
        return h.keyspace.db(0).exists(key.getBytes(java.nio.charset.StandardCharsets.UTF_8), h.clock.millis()) ? "1" : "0";
    }

    @Test
    void keepsTheRangeAndPropagatesOnlyWhenSomethingWent() {
        h.run("RPUSH", "l", "a", "b", "c", "d");
        assertEquals("OK", text(h.run("LTRIM", "l", "1", "-2")));
        assertEquals("[b, c]", text(h.run("LRANGE", "l", "0", "-1")));
        assertEquals("OK", text(h.run("LTRIM", "l", "0", "-1")));
        h.assertEffects("RPUSH l a b c d", "LTRIM l 1 -2");
    }

    @Test
    void anEmptyRangeDeletesTheKeyAndAMissingKeyIsOk() {
        h.run("RPUSH", "l", "a", "b");
        assertEquals("OK", text(h.run("LTRIM", "l", "5", "10")));
        assertEquals("0", exists("l"));
        assertEquals("OK", text(h.run("LTRIM", "l", "0", "1")));
        assertEquals("-ERR value is not an integer or out of range", text(h.run("LTRIM", "l", "x", "1")));
    }
}
