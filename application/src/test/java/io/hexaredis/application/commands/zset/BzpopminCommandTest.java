package io.hexaredis.application.commands.zset;

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

class BzpopminCommandTest {

    private final CommandHarness h = new CommandHarness();
    private final Call a = h.newClient();
    private final Call b = h.newClient();
    private final Call c = h.newClient();

    static String texts(Call client) {
        return output(client).sent.stream().map(CommandHarness::text).toList().toString();
    }

    @Test
    void popsTheLowestAtOnceFromTheFirstSortedSetAndPropagatesZpopmin() {
        h.runAs(a, "ZADD", "z2", "1.5", "a", "2", "b");
        assertEquals("[z2, a, 1.5]", text(h.runAs(b, "BZPOPMIN", "z1", "z2", "0")));
        assertFalse(b.session().blocked());
        h.assertEffects("ZADD z2 1.5 a 2 b", "ZPOPMIN z2");
    }

    @Test
    void aKeyOfAnotherTypeBeforeTheSortedSetIsWrongtype() {
        h.runAs(a, "SET", "s", "v");
        h.runAs(a, "ZADD", "z", "1", "a");
        assertEquals("-WRONGTYPE Operation against a key holding the wrong kind of value",
                text(h.runAs(b, "BZPOPMIN", "s", "z", "0")));
        assertEquals("[z, a, 1]", text(h.runAs(b, "BZPOPMIN", "z", "s", "0")));
    }

    @Test
    void aClientWaitsUntilAZaddServesItAndTheServedPopIsPropagatedAsZpopmin() {
        assertEquals(Reply.NONE, h.runAs(b, "BZPOPMIN", "z", "0"));
        assertTrue(b.session().blocked());
        h.runAs(a, "ZADD", "z", "3", "c", "1", "a");
        assertEquals("[[z, a, 1]]", texts(b));
        assertFalse(b.session().blocked());
        h.assertEffects("ZADD z 3 c 1 a", "ZPOPMIN z");
        assertEquals("[c, 3]", text(h.runAs(a, "ZRANGE", "z", "0", "-1", "WITHSCORES")));
    }

    @Test
    void clientsAreServedInTheOrderTheyBlockedAndAnEmptiedSetLeavesTheRestWaiting() {
        h.runAs(b, "BZPOPMIN", "z", "0");
        h.runAs(c, "BZPOPMIN", "y", "z", "0");
        h.runAs(a, "ZADD", "z", "1", "a");
        assertEquals("[[z, a, 1]]", texts(b));
        assertEquals("[]", texts(c));
        assertTrue(c.session().blocked());
        h.runAs(a, "ZADD", "y", "2", "b");
        assertEquals("[[y, b, 2]]", texts(c));
        h.assertEffects("ZADD z 1 a", "ZPOPMIN z", "ZADD y 2 b", "ZPOPMIN y");
    }

    @Test
    void aValueOfAnotherTypeDoesNotServeTheWaiter() {
        h.runAs(b, "BZPOPMIN", "z", "0");
        h.runAs(a, "RPUSH", "z", "x");
        assertTrue(b.session().blocked());
        assertEquals(0, output(b).sent.size());
    }

    @Test
    void timesOutWithANilArrayOnceTheTimeoutIsPast() {
        h.runAs(b, "BZPOPMIN", "z", "0.5");
        h.clock.advance(500);
        h.handleTimeouts();
        assertTrue(b.session().blocked());
        h.clock.advance(1);
        h.handleTimeouts();
        assertEquals(List.of(Reply.NIL_ARRAY), output(b).sent);
        assertFalse(b.session().blocked());
    }

    @Test
    void insideMultiItAnswersAsTimedOut() {
        h.runAs(b, "MULTI");
        h.runAs(b, "BZPOPMIN", "z", "0");
        assertEquals(Reply.array(Reply.NIL_ARRAY), h.runAs(b, "EXEC"));
        assertFalse(b.session().blocked());
    }

    @Test
    void theTimeoutIsCheckedBeforeTheKeys() {
        h.runAs(a, "SET", "s", "v");
        assertEquals("-ERR timeout is not a float or out of range", text(h.runAs(b, "BZPOPMIN", "s", "x")));
        assertEquals("-ERR timeout is negative", text(h.runAs(b, "BZPOPMIN", "s", "-1")));
    }
}
