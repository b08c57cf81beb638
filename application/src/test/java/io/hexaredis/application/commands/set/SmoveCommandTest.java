package io.hexaredis.application.commands.set;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.ReplyText;
import io.hexaredis.domain.set.RedisSet;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmoveCommandTest {

    private final CommandHarness h = new CommandHarness();

    private String run(String... words) {
        return ReplyText.of(h.run(words));
    }

    @Test
    void movesAMemberAndCreatesTheDestinationInTheRightEncoding() {
        run("SADD", "src", "1", "a");
        assertEquals("(integer) 1", run("SMOVE", "src", "dst", "1"));
        assertEquals("(integer) 0", run("SISMEMBER", "src", "1"));
        assertEquals("intset", h.keyspace.db(0).get("dst".getBytes(StandardCharsets.UTF_8), RedisSet.class, h.clock.millis()).encoding());
        assertEquals("(integer) 1", run("SMOVE", "src", "dst", "a"));
        assertEquals("(integer) 0", run("SCARD", "src"));
        assertEquals("(integer) 2", run("SCARD", "dst"));
        h.assertEffects("SADD src 1 a", "SMOVE src dst 1", "SMOVE src dst a");
    }

    @Test
    void repliesZeroWhenTheMemberOrTheSourceIsMissing() {
        run("SADD", "src", "1");
        run("SET", "str", "x");
        h.clearEffects();
        assertEquals("(integer) 0", run("SMOVE", "src", "dst", "9"));
        assertEquals("(integer) 0", run("SMOVE", "missing", "str", "1"));
        h.assertEffects();
    }

    @Test
    void movingWithinOneSetChangesNothing() {
        run("SADD", "s", "1");
        h.clearEffects();
        assertEquals("(integer) 1", run("SMOVE", "s", "s", "1"));
        assertEquals("(integer) 0", run("SMOVE", "s", "s", "2"));
        h.assertEffects();
    }

    @Test
    void bothKeysAreTypeCheckedOnceTheSourceExists() {
        run("SADD", "s", "1");
        run("SET", "str", "x");
        assertEquals("(error) WRONGTYPE Operation against a key holding the wrong kind of value", run("SMOVE", "str", "s", "1"));
        assertEquals("(error) WRONGTYPE Operation against a key holding the wrong kind of value", run("SMOVE", "s", "str", "1"));
        assertEquals("(integer) 1", run("SISMEMBER", "s", "1"));
    }

    @Test
    void notifiesSremDelAndSadd() {
        h.run("SADD", "src", "a");
        h.run("SADD", "dst", "a");
        h.clearRecords();
        h.run("SMOVE", "src", "dst", "a");
        h.run("SADD", "src", "b");
        h.run("SMOVE", "src", "other", "b");
        assertEquals(List.of("srem src", "del src", "sadd src", "srem src", "del src", "sadd other"), h.notifications);
    }
}
