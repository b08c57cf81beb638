package io.hexaredis.application.commands.list;

import static io.hexaredis.application.CommandHarness.output;
import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlpopCommandTest {

    private final CommandHarness h = new CommandHarness();
    private final Call a = h.newClient();
    private final Call b = h.newClient();
    private final Call c = h.newClient();

    @Test
    void popsAtOnceFromTheFirstNonEmptyKeyAndPropagatesLpop() {
        h.runAs(a, "RPUSH", "l2", "x", "y");
        assertEquals("[l2, x]", text(h.runAs(b, "BLPOP", "l1", "l2", "0")));
        assertFalse(b.session().blocked());
        h.assertEffects("RPUSH l2 x y", "LPOP l2");
    }

    @Test
    void aClientWaitsWithoutAReplyUntilAPushServesIt() {
        assertEquals(Reply.NONE, h.runAs(b, "BLPOP", "l", "0"));
        assertTrue(b.session().blocked());
        assertEquals(1, h.dispatcher.blockedClients().count());
        assertEquals("1", text(h.runAs(a, "RPUSH", "l", "x")));
        assertEquals("[[l, x]]", texts(b));
        assertFalse(b.session().blocked());
        assertEquals(1, output(b).unblocked);
        assertEquals(0, h.dispatcher.blockedClients().count());
        h.assertEffects("RPUSH l x", "LPOP l");
        assertEquals("0", text(h.runAs(a, "LLEN", "l")));
    }

    @Test
    void clientsAreServedInTheOrderTheyBlocked() {
        h.runAs(b, "BLPOP", "l", "0");
        h.runAs(c, "BLPOP", "l", "0");
        h.runAs(a, "RPUSH", "l", "1", "2", "3");
        assertEquals("[[l, 1]]", texts(b));
        assertEquals("[[l, 2]]", texts(c));
        assertEquals("[3]", text(h.runAs(a, "LRANGE", "l", "0", "-1")));
        h.assertEffects("RPUSH l 1 2 3", "LPOP l", "LPOP l");
    }

    @Test
    void aPushThatAnotherClientTakesFirstLeavesTheWaiterBlocked() {
        h.runAs(b, "BLPOP", "l", "0");
        h.runAs(a, "SET", "l", "string");
        assertTrue(b.session().blocked(), "a key of another type does not serve a list waiter");
        assertEquals(0, output(b).sent.size());
    }

    @Test
    void waitersOnSeveralKeysAreServedFromTheKeyThatBecameReady() {
        h.runAs(b, "BLPOP", "k1", "k2", "0");
        h.runAs(a, "RPUSH", "k2", "v");
        assertEquals("[[k2, v]]", texts(b));
        h.runAs(a, "RPUSH", "k1", "w");
        assertEquals("[[k2, v]]", texts(b), "served once only");
    }

    @Test
    void timesOutWithANilArrayOnlyOnceTheTimeIsStrictlyPast() {
        h.runAs(b, "BLPOP", "l", "1.5");
        h.clock.advance(1500);
        h.handleTimeouts();
        assertTrue(b.session().blocked());
        h.clock.advance(1);
        h.handleTimeouts();
        assertFalse(b.session().blocked());
        assertEquals(List.of(Reply.NIL_ARRAY), output(b).sent);
        h.runAs(a, "RPUSH", "l", "x");
        assertEquals(1, output(b).sent.size());
        h.assertEffects("RPUSH l x");
    }

    @Test
    void aZeroTimeoutWaitsForever() {
        h.runAs(b, "BLPOP", "l", "0");
        h.clock.advance(365L * 24 * 3600 * 1000);
        h.handleTimeouts();
        assertTrue(b.session().blocked());
        assertEquals(0, h.dispatcher.nextBlockedTimeout());
    }

    @Test
    void insideMultiItAnswersANilArrayAtOnce() {
        h.runAs(b, "MULTI");
        h.runAs(b, "BLPOP", "l", "0");
        assertEquals(Reply.array(Reply.NIL_ARRAY), h.runAs(b, "EXEC"));
        assertFalse(b.session().blocked());
        b.session().setDenyBlocking(true);
        assertEquals(Reply.NIL_ARRAY, h.runAs(b, "BLPOP", "l", "0"));
    }

    @Test
    void timeoutAndTypeErrors() {
        assertEquals("-ERR timeout is not a float or out of range", text(h.runAs(b, "BLPOP", "l", "x")));
        assertEquals("-ERR timeout is negative", text(h.runAs(b, "BLPOP", "l", "-1")));
        h.runAs(a, "SET", "s", "v");
        assertEquals("-ERR timeout is not a float or out of range", text(h.runAs(b, "BLPOP", "s", "x")));
        assertTrue(text(h.runAs(b, "BLPOP", "nokey", "s", "0")).startsWith("-WRONGTYPE"));
        assertFalse(b.session().blocked());
    }

    @Test
    void aDisconnectedClientLeavesTheQueue() {
        h.runAs(b, "BLPOP", "l", "0");
        h.runAs(c, "BLPOP", "l", "0");
        h.dispatcher.clearClientState(b.session());
        h.runAs(a, "RPUSH", "l", "x");
        assertEquals(0, output(b).sent.size());
        assertEquals("[[l, x]]", texts(c));
    }

    @Test
    void aBlockedClientOfAnotherDatabaseWaitsForItsOwnKey() {
        h.runAs(b, "SELECT", "1");
        h.runAs(b, "BLPOP", "l", "0");
        h.runAs(a, "RPUSH", "l", "db0");
        assertTrue(b.session().blocked());
        h.runAs(a, "SELECT", "1");
        h.runAs(a, "RPUSH", "l", "db1");
        assertEquals("[[l, db1]]", texts(b));
        h.assertEffects("RPUSH l db0", "db 1: RPUSH l db1", "db 1: LPOP l");
    }

    static String texts(Call client) {
        return output(client).sent.stream().map(CommandHarness::text).toList().toString();
    }
}
