package io.hexaredis.application.commands.hash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.ReplyText;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HdelCommandTest {

    private final CommandHarness h = new CommandHarness();

    private String run(String... words) {
        return ReplyText.of(h.run(words));
    }

    @Test
    void repliesHowManyFieldsExistedCountingDuplicatesOnce() {
        run("HSET", "h", "a", "1", "b", "2", "c", "3");
        assertEquals("(integer) 2", run("HDEL", "h", "a", "a", "b", "zz"));
        assertEquals("1) \"c\"", run("HKEYS", "h"));
    }

    @Test
    void deletingNothingIsNotPropagated() {
        run("HSET", "h", "a", "1");
        h.clearEffects();
        assertEquals("(integer) 0", run("HDEL", "h", "zz"));
        assertEquals("(integer) 0", run("HDEL", "missing", "a"));
        h.assertEffects();
    }

    @Test
    void deletingTheLastFieldDeletesTheKey() {
        run("HSET", "h", "a", "1");
        assertEquals("(integer) 1", run("HDEL", "h", "a", "b"));
        assertNull(h.keyspace.db(0).get("h".getBytes(StandardCharsets.UTF_8), h.clock.millis()));
    }

    @Test
    void notifiesHdelThenDelWhenTheHashIsGone() {
        h.run("HSET", "h", "a", "1", "b", "2");
        h.clearRecords();
        h.run("HDEL", "h", "a");
        h.run("HDEL", "h", "zz");
        h.run("HDEL", "h", "b");
        assertEquals(List.of("hdel h", "hdel h", "del h"), h.notifications);
    }

    @Test
    void aKeyOfAnotherTypeIsWrongtype() {
        run("SET", "s", "x");
        assertEquals("(error) WRONGTYPE Operation against a key holding the wrong kind of value", run("HDEL", "s", "a"));
    }
}
