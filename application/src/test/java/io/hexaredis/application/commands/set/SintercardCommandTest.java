package io.hexaredis.application.commands.set;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.ReplyText;
import org.junit.jupiter.api.Test;

class SintercardCommandTest {

    private final CommandHarness h = new CommandHarness();

    private String run(String... words) {
        return ReplyText.of(h.run(words));
    }

    @Test
    void countsTheIntersectionUpToTheLimit() {
        run("SADD", "a", "1", "2", "3", "4");
        run("SADD", "b", "2", "3", "4", "5");
        assertEquals("(integer) 3", run("SINTERCARD", "2", "a", "b"));
        assertEquals("(integer) 2", run("SINTERCARD", "2", "a", "b", "LIMIT", "2"));
        assertEquals("(integer) 3", run("SINTERCARD", "2", "a", "b", "limit", "0"));
        assertEquals("(integer) 3", run("SINTERCARD", "2", "a", "b", "LIMIT", "1", "LIMIT", "0"));
        assertEquals("(integer) 4", run("SINTERCARD", "1", "a"));
        assertEquals("(integer) 0", run("SINTERCARD", "2", "a", "missing"));
    }

    @Test
    void refusesBadNumkeysAndOptions() {
        run("SADD", "a", "1");
        assertEquals("(error) ERR numkeys should be greater than 0", run("SINTERCARD", "0", "a"));
        assertEquals("(error) ERR numkeys should be greater than 0", run("SINTERCARD", "x", "a"));
        assertEquals("(error) ERR Number of keys can't be greater than number of args", run("SINTERCARD", "3", "a", "b"));
        assertEquals("(error) ERR syntax error", run("SINTERCARD", "1", "a", "b"));
        assertEquals("(error) ERR syntax error", run("SINTERCARD", "1", "a", "LIMIT"));
        assertEquals("(error) ERR LIMIT can't be negative", run("SINTERCARD", "1", "a", "LIMIT", "-1"));
        assertEquals("(error) ERR LIMIT can't be negative", run("SINTERCARD", "1", "a", "LIMIT", "x"));
    }

    @Test
    void aKeyOfAnotherTypeIsWrongtype() {
        run("SET", "k", "x");
        assertEquals("(error) WRONGTYPE Operation against a key holding the wrong kind of value", run("SINTERCARD", "2", "missing", "k"));
    }
}
