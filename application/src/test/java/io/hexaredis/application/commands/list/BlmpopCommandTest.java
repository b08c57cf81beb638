package io.hexaredis.application.commands.list;

import static io.hexaredis.application.CommandHarness.output;
import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlmpopCommandTest {

    private final CommandHarness h = new CommandHarness();
    private final Call a = h.newClient();
    private final Call b = h.newClient();

    @Test
    void popsAtOnceLikeLmpop() {
        h.runAs(a, "RPUSH", "l", "1", "2", "3");
        assertEquals("[l, [1, 2]]", text(h.runAs(b, "BLMPOP", "0", "2", "x", "l", "LEFT", "COUNT", "2")));
        h.assertEffects("RPUSH l 1 2 3", "LPOP l 2");
    }

    @Test
    void aServedClientPopsUpToCountAndPropagatesTheCountPopped() {
        h.runAs(b, "BLMPOP", "0", "2", "x", "l", "RIGHT", "COUNT", "5");
        h.runAs(a, "RPUSH", "l", "1", "2", "3");
        assertEquals("[[l, [3, 2, 1]]]", BlpopCommandTest.texts(b));
        h.assertEffects("RPUSH l 1 2 3", "RPOP l 3");
    }

    @Test
    void argumentsAreCheckedBeforeTheTimeout() {
        assertEquals("-ERR numkeys should be greater than 0", text(h.runAs(b, "BLMPOP", "x", "0", "l", "LEFT")));
        assertEquals("-ERR syntax error", text(h.runAs(b, "BLMPOP", "x", "1", "l", "UP")));
        assertEquals("-ERR count should be greater than 0", text(h.runAs(b, "BLMPOP", "-1", "1", "l", "LEFT", "COUNT", "0")));
        assertEquals("-ERR timeout is negative", text(h.runAs(b, "BLMPOP", "-1", "1", "l", "LEFT")));
    }

    @Test
    void timesOutWithANilArrayAndAnswersAtOnceInMulti() {
        h.runAs(b, "BLMPOP", "0.5", "1", "l", "LEFT");
        h.clock.advance(501);
        h.handleTimeouts();
        assertEquals(List.of(Reply.NIL_ARRAY), output(b).sent);
        h.runAs(b, "MULTI");
        h.runAs(b, "BLMPOP", "0", "1", "l", "LEFT");
        assertEquals(Reply.array(Reply.NIL_ARRAY), h.runAs(b, "EXEC"));
    }
}
