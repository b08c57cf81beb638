package io.hexaredis.application.commands.list;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;

class LsetCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void replacesAnElementAndPropagatesTheRequest() {
        h.run("RPUSH", "l", "a", "b", "c");
        assertEquals("OK", text(h.run("LSET", "l", "-1", "z")));
        assertEquals("[a, b, z]", text(h.run("LRANGE", "l", "0", "-1")));
        h.assertEffects("RPUSH l a b c", "LSET l -1 z");
    }

    @Test
    void errorsForAMissingKeyAndAnIndexOutOfRange() {
        assertEquals("-ERR no such key", text(h.run("LSET", "nokey", "x", "z")));
        h.run("RPUSH", "l", "a");
        assertEquals("-ERR index out of range", text(h.run("LSET", "l", "1", "z")));
        assertEquals("-ERR index out of range", text(h.run("LSET", "l", "-2", "z")));
        assertEquals("-ERR value is not an integer or out of range", text(h.run("LSET", "l", "x", "z")));
    }
}
