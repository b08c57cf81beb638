package io.hexaredis.application.commands.hash;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.ReplyText;
import java.util.List;
import org.junit.jupiter.api.Test;

class HincrbyfloatCommandTest {

    private final CommandHarness h = new CommandHarness();

    private String run(String... words) {
        return ReplyText.of(h.run(words));
    }

    @Test
    void addsInLongDoublePrecisionAndPropagatesTheResultAsHset() {
        run("HSET", "h", "f", "10.50");
        h.clearEffects();
        assertEquals("\"10.6\"", run("HINCRBYFLOAT", "h", "f", "0.1"));
        assertEquals("\"0.3\"", run("HINCRBYFLOAT", "h", "g", "0.3"));
        assertEquals("\"5000\"", run("HINCRBYFLOAT", "h", "g", "4999.7"));
        h.assertEffects("HSET h f 10.6", "HSET h g 0.3", "HSET h g 5000");
    }

    @Test
    void refusesIncrementsThatAreNotFiniteNumbersBeforeLookingAtTheKey() {
        run("SET", "s", "x");
        assertEquals("(error) ERR value is not a valid float", run("HINCRBYFLOAT", "s", "f", "abc"));
        assertEquals("(error) ERR value is not a valid float", run("HINCRBYFLOAT", "s", "f", "nan"));
        assertEquals("(error) ERR value is NaN or Infinity", run("HINCRBYFLOAT", "s", "f", "inf"));
        assertEquals("(error) WRONGTYPE Operation against a key holding the wrong kind of value", run("HINCRBYFLOAT", "s", "f", "1"));
        h.assertEffects("SET s x");
    }

    @Test
    void refusesValuesThatAreNotNumbersAndInfiniteSums() {
        run("HSET", "h", "w", "abc", "i", "inf", "big", "1e4932");
        assertEquals("(error) ERR hash value is not a float", run("HINCRBYFLOAT", "h", "w", "1"));
        assertEquals("(error) ERR increment would produce NaN or Infinity", run("HINCRBYFLOAT", "h", "i", "1"));
        assertEquals("(error) ERR increment would produce NaN or Infinity", run("HINCRBYFLOAT", "h", "big", "1e4932"));
    }

    @Test
    void notifiesHincrbyfloat() {
        h.run("HINCRBYFLOAT", "h", "n", "1.5");
        assertEquals(List.of("hincrbyfloat h"), h.notifications);
    }
}
