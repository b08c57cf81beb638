package io.hexaredis.application.commands.hash;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.ReplyText;
import java.util.List;
import org.junit.jupiter.api.Test;

class HincrbyCommandTest {

    private final CommandHarness h = new CommandHarness();

    private String run(String... words) {
        return ReplyText.of(h.run(words));
    }

    @Test
    void addsToTheIntegerStartingFromZero() {
        assertEquals("(integer) 5", run("HINCRBY", "h", "n", "5"));
        assertEquals("(integer) -5", run("HINCRBY", "h", "n", "-10"));
        assertEquals("\"-5\"", run("HGET", "h", "n"));
        h.assertEffects("HINCRBY h n 5", "HINCRBY h n -10");
    }

    @Test
    void refusesABadIncrementBeforeLookingAtTheKey() {
        run("SET", "s", "x");
        assertEquals("(error) ERR value is not an integer or out of range", run("HINCRBY", "s", "n", "1.5"));
        assertEquals("(error) ERR value is not an integer or out of range", run("HINCRBY", "h", "n", "+1"));
        assertEquals("(error) WRONGTYPE Operation against a key holding the wrong kind of value", run("HINCRBY", "s", "n", "1"));
        assertEquals("(integer) 0", run("HLEN", "h"), "no empty hash is left behind");
    }

    @Test
    void refusesAValueThatIsNotAnIntegerAndOverflow() {
        run("HSET", "h", "f", "1.5", "sp", " 1", "max", "9223372036854775807", "min", "-9223372036854775808");
        assertEquals("(error) ERR hash value is not an integer", run("HINCRBY", "h", "f", "1"));
        assertEquals("(error) ERR hash value is not an integer", run("HINCRBY", "h", "sp", "1"));
        assertEquals("(error) ERR increment or decrement would overflow", run("HINCRBY", "h", "max", "1"));
        assertEquals("(error) ERR increment or decrement would overflow", run("HINCRBY", "h", "min", "-1"));
        assertEquals("\"9223372036854775807\"", run("HGET", "h", "max"));
    }

    @Test
    void notifiesHincrby() {
        h.run("HINCRBY", "h", "n", "1");
        assertEquals(List.of("hincrby h"), h.notifications);
    }
}
