package io.hexaredis.application.commands.list;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.domain.command.Reply;
import org.junit.jupiter.api.Test;

class LmpopCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void popsFromTheFirstNonEmptyListAndPropagatesAPopWithTheCountPopped() {
        h.run("RPUSH", "b", "1", "2", "3");
        assertEquals("[b, [1]]", text(h.run("LMPOP", "2", "a", "b", "LEFT")));
        assertEquals("[b, [3, 2]]", text(h.run("LMPOP", "2", "a", "b", "RIGHT", "COUNT", "10")));
        assertEquals(Reply.NIL_ARRAY, h.run("LMPOP", "2", "a", "b", "RIGHT"));
        h.assertEffects("RPUSH b 1 2 3", "LPOP b 1", "RPOP b 2");
    }

    @Test
    void argumentErrorsInRedisOrder() {
        assertEquals("-ERR numkeys should be greater than 0", text(h.run("LMPOP", "0", "a", "LEFT")));
        assertEquals("-ERR numkeys should be greater than 0", text(h.run("LMPOP", "x", "a", "LEFT")));
        assertEquals("-ERR syntax error", text(h.run("LMPOP", "2", "a", "LEFT")));
        assertEquals("-ERR syntax error", text(h.run("LMPOP", "1", "a", "UP")));
        assertEquals("-ERR count should be greater than 0", text(h.run("LMPOP", "1", "a", "LEFT", "COUNT", "0")));
        assertEquals("-ERR syntax error", text(h.run("LMPOP", "1", "a", "LEFT", "COUNT")));
        assertEquals("-ERR syntax error", text(h.run("LMPOP", "1", "a", "LEFT", "COUNT", "1", "COUNT", "1")));
        assertEquals("-ERR syntax error", text(h.run("LMPOP", "9223372036854775807", "a", "LEFT")));
        h.run("SET", "s", "v");
        h.run("RPUSH", "l", "x");
        assertTrue(text(h.run("LMPOP", "2", "nokey", "s", "LEFT")).startsWith("-WRONGTYPE"));
        assertEquals("[l, [x]]", text(h.run("LMPOP", "2", "l", "s", "LEFT")));
    }
}
