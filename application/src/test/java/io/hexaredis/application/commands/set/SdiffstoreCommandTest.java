package io.hexaredis.application.commands.set;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.ReplyText;
import java.util.List;
import org.junit.jupiter.api.Test;

class SdiffstoreCommandTest {

    private final CommandHarness h = new CommandHarness();

    private String run(String... words) {
        return ReplyText.of(h.run(words));
    }

    @Test
    void storesTheDifferenceAndRepliesItsSize() {
        run("SADD", "a", "1", "2", "x");
        run("SADD", "b", "2");
        assertEquals("(integer) 2", run("SDIFFSTORE", "dst", "a", "b"));
        assertEquals("(integer) 1", run("SISMEMBER", "dst", "1"));
        assertEquals("(integer) 1", run("SISMEMBER", "dst", "x"));
    }

    @Test
    void anEmptyDifferenceDeletesTheDestination() {
        h.run("SADD", "a", "1");
        h.clearRecords();
        h.run("SDIFFSTORE", "dst", "a");
        assertEquals("(integer) 0", ReplyText.of(h.run("SDIFFSTORE", "dst", "a", "a")));
        assertEquals(List.of("sdiffstore dst", "del dst"), h.notifications);
    }

    @Test
    void aKeyOfAnotherTypeIsWrongtype() {
        run("SET", "k", "x");
        assertEquals("(error) WRONGTYPE Operation against a key holding the wrong kind of value", run("SDIFFSTORE", "dst", "k"));
    }
}
