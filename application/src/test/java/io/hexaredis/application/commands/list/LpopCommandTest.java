package io.hexaredis.application.commands.list;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.domain.command.Reply;
import org.junit.jupiter.api.Test;

class LpopCommandTest {

    private final CommandHarness h = new CommandHarness();

    private String exists(String key) {
        return h.keyspace.db(0).exists(key.getBytes(java.nio.charset.StandardCharsets.UTF_8), h.clock.millis()) ? "1" : "0";
    }

    @Test
    void popsTheHeadAndDeletesTheEmptiedList() {
        h.run("RPUSH", "l", "a", "b");
        assertEquals("a", text(h.run("LPOP", "l")));
        assertEquals("b", text(h.run("LPOP", "l")));
        assertEquals("0", exists("l"));
        assertNull(text(h.run("LPOP", "l")));
        h.assertEffects("RPUSH l a b", "LPOP l", "LPOP l");
    }

    @Test
    void withACountRepliesAnArrayAndANilArrayForAMissingKey() {
        h.run("RPUSH", "l", "a", "b", "c");
        assertEquals("[a, b]", text(h.run("LPOP", "l", "2")));
        assertEquals(Reply.EMPTY_ARRAY, h.run("LPOP", "l", "0"));
        assertEquals("[c]", text(h.run("LPOP", "l", "10")));
        assertEquals(Reply.NIL_ARRAY, h.run("LPOP", "l", "1"));
        assertEquals(Reply.NIL_ARRAY, h.run("LPOP", "l", "0"));
        assertEquals(Reply.NIL, h.run("LPOP", "l"));
        h.assertEffects("RPUSH l a b c", "LPOP l 2", "LPOP l 10");
    }

    @Test
    void theCountIsCheckedBeforeTheKeyAndTheArityAfterTheTable() {
        assertEquals("-ERR value is out of range, must be positive", text(h.run("LPOP", "nokey", "x")));
        assertEquals("-ERR value is out of range, must be positive", text(h.run("LPOP", "nokey", "-1")));
        assertEquals("-ERR wrong number of arguments for 'lpop' command", text(h.run("LPOP", "l", "1", "2")));
        h.run("SET", "s", "v");
        assertTrue(text(h.run("LPOP", "s")).startsWith("-WRONGTYPE"));
    }
}
