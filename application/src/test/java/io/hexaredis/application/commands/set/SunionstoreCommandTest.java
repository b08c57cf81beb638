package io.hexaredis.application.commands.set;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.ReplyText;
import java.util.List;
import org.junit.jupiter.api.Test;

class SunionstoreCommandTest {

    private final CommandHarness h = new CommandHarness();

    private String run(String... words) {
        return ReplyText.of(h.run(words));
    }

    @Test
    void storesTheUnionAndRepliesItsSize() {
        run("SADD", "a", "1", "x");
        run("SADD", "b", "2", "x");
        assertEquals("(integer) 3", run("SUNIONSTORE", "dst", "a", "b"));
        assertEquals("(integer) 3", run("SCARD", "dst"));
        assertEquals("(integer) 2", run("SUNIONSTORE", "a", "a", "missing"));
        h.assertEffects("SADD a 1 x", "SADD b 2 x", "SUNIONSTORE dst a b", "SUNIONSTORE a a missing");
    }

    @Test
    void notifiesSunionstoreOrDelForAnEmptyResult() {
        h.run("SADD", "a", "1");
        h.clearRecords();
        h.run("SUNIONSTORE", "dst", "a");
        h.run("SUNIONSTORE", "dst", "missing");
        assertEquals(List.of("sunionstore dst", "del dst"), h.notifications);
    }

    @Test
    void aKeyOfAnotherTypeIsWrongtype() {
        run("SET", "k", "x");
        assertEquals("(error) WRONGTYPE Operation against a key holding the wrong kind of value", run("SUNIONSTORE", "dst", "k"));
    }
}
