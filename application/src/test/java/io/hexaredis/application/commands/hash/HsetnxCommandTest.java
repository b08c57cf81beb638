package io.hexaredis.application.commands.hash;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.ReplyText;
import java.util.List;
import org.junit.jupiter.api.Test;

class HsetnxCommandTest {

    private final CommandHarness h = new CommandHarness();

    private String run(String... words) {
        return ReplyText.of(h.run(words));
    }

    @Test
    void setsOnlyAMissingFieldAndPropagatesOnlyThen() {
        assertEquals("(integer) 1", run("HSETNX", "h", "f", "1"));
        assertEquals("(integer) 0", run("HSETNX", "h", "f", "2"));
        assertEquals("\"1\"", run("HGET", "h", "f"));
        h.assertEffects("HSETNX h f 1");
    }

    @Test
    void aKeyOfAnotherTypeIsWrongtype() {
        run("SET", "s", "x");
        assertEquals("(error) WRONGTYPE Operation against a key holding the wrong kind of value", run("HSETNX", "s", "f", "1"));
    }

    @Test
    void notifiesHsetOnlyWhenItSets() {
        h.run("HSETNX", "h", "f", "1");
        h.run("HSETNX", "h", "f", "1");
        assertEquals(List.of("hset h"), h.notifications);
    }
}
