package io.hexaredis.application.commands.hash;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.ReplyText;
import org.junit.jupiter.api.Test;

class HmgetCommandTest {

    private final CommandHarness h = new CommandHarness();

    private String run(String... words) {
        return ReplyText.of(h.run(words));
    }

    @Test
    void returnsValuesInTheOrderAskedWithNilForMissingFields() {
        run("HSET", "h", "a", "1", "b", "2");
        assertEquals("1) \"2\" 2) (nil) 3) \"1\"", run("HMGET", "h", "b", "zz", "a"));
    }

    @Test
    void aMissingKeyGivesOnlyNils() {
        assertEquals("1) (nil) 2) (nil)", run("HMGET", "missing", "a", "b"));
    }

    @Test
    void aKeyOfAnotherTypeIsWrongtype() {
        run("SET", "s", "x");
        assertEquals("(error) WRONGTYPE Operation against a key holding the wrong kind of value", run("HMGET", "s", "a"));
    }
}
