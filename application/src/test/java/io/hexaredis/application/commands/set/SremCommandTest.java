package io.hexaredis.application.commands.set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.ReplyText;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SremCommandTest {

    private final CommandHarness h = new CommandHarness();

    private String run(String... words) {
        return ReplyText.of(h.run(words));
    }

    @Test
    void repliesHowManyMembersWereThere() {
        run("SADD", "s", "1", "2", "3");
        assertEquals("(integer) 2", run("SREM", "s", "1", "1", "3", "9", "x"));
        assertEquals("1~ \"2\"", run("SMEMBERS", "s"));
    }

    @Test
    void removingNothingIsNotPropagated() {
        run("SADD", "s", "a");
        h.clearEffects();
        assertEquals("(integer) 0", run("SREM", "s", "b"));
        assertEquals("(integer) 0", run("SREM", "missing", "a"));
        h.assertEffects();
    }

    @Test
    void removingTheLastMemberDeletesTheKeyAndNotifiesSremThenDel() {
        h.run("SADD", "s", "a", "b");
        h.clearRecords();
        h.run("SREM", "s", "a");
        h.run("SREM", "s", "b", "c");
        assertEquals(List.of("srem s", "srem s", "del s"), h.notifications);
        assertNull(h.keyspace.db(0).get("s".getBytes(StandardCharsets.UTF_8), h.clock.millis()));
    }

    @Test
    void aKeyOfAnotherTypeIsWrongtype() {
        run("SET", "k", "x");
        assertEquals("(error) WRONGTYPE Operation against a key holding the wrong kind of value", run("SREM", "k", "a"));
    }
}
