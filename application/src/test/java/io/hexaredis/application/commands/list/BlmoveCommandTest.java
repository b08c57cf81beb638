package io.hexaredis.application.commands.list;

import static io.hexaredis.application.CommandHarness.output;
import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlmoveCommandTest {

    private final CommandHarness h = new CommandHarness();
    private final Call a = h.newClient();
    private final Call b = h.newClient();
    private final Call c = h.newClient();

    @Test
    void movesAtOnceAndPropagatesLmoveWithTheWordsAsTyped() {
        h.runAs(a, "RPUSH", "src", "x");
        assertEquals("x", text(h.runAs(b, "BLMOVE", "src", "dst", "LEFT", "Right", "0")));
        h.assertEffects("RPUSH src x", "LMOVE src dst LEFT Right");
    }

    @Test
    void aServedClientIsPropagatedAsLmoveWithLowerCaseWords() {
        h.runAs(b, "BLMOVE", "src", "dst", "RIGHT", "LEFT", "0");
        h.runAs(a, "RPUSH", "src", "x");
        assertEquals("[x]", BlpopCommandTest.texts(b));
        assertEquals("[x]", text(h.runAs(a, "LRANGE", "dst", "0", "-1")));
        h.assertEffects("RPUSH src x", "LMOVE src dst right left");
    }

    @Test
    void aMoveCanServeTheClientsWaitingOnTheDestination() {
        h.runAs(c, "BLPOP", "dst", "0");
        h.runAs(b, "BLMOVE", "src", "dst", "LEFT", "LEFT", "0");
        h.runAs(a, "RPUSH", "src", "x");
        assertEquals("[x]", BlpopCommandTest.texts(b));
        assertEquals("[[dst, x]]", BlpopCommandTest.texts(c));
        h.assertEffects("RPUSH src x", "LMOVE src dst left left", "LPOP dst");
    }

    @Test
    void aDestinationOfAnotherTypeWhenServedIsWrongtypeAndTheElementStays() {
        h.runAs(a, "SET", "dst", "string");
        h.runAs(b, "BLMOVE", "src", "dst", "LEFT", "LEFT", "0");
        h.runAs(c, "BLPOP", "src", "0");
        h.runAs(a, "RPUSH", "src", "x");
        assertEquals("[-WRONGTYPE Operation against a key holding the wrong kind of value]", BlpopCommandTest.texts(b));
        assertEquals("[[src, x]]", BlpopCommandTest.texts(c));
        assertFalse(b.session().blocked());
    }

    @Test
    void timeoutIsANilArrayAndMultiANilBulk() {
        h.runAs(b, "BLMOVE", "src", "dst", "LEFT", "LEFT", "0.01");
        h.clock.advance(11);
        h.handleTimeouts();
        assertEquals(List.of(Reply.NIL_ARRAY), output(b).sent);
        h.runAs(b, "MULTI");
        h.runAs(b, "BLMOVE", "src", "dst", "LEFT", "LEFT", "0");
        assertEquals(Reply.array(Reply.NIL), h.runAs(b, "EXEC"));
    }

    @Test
    void theWordsAreCheckedBeforeTheTimeout() {
        assertEquals("-ERR syntax error", text(h.runAs(b, "BLMOVE", "src", "dst", "UP", "LEFT", "x")));
        assertEquals("-ERR timeout is not a float or out of range", text(h.runAs(b, "BLMOVE", "src", "dst", "LEFT", "LEFT", "x")));
    }
}
