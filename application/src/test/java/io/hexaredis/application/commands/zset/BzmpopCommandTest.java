package io.hexaredis.application.commands.zset;

import static io.hexaredis.application.CommandHarness.output;
import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;

class BzmpopCommandTest {

    private final CommandHarness h = new CommandHarness();
    private final Call a = h.newClient();
    private final Call b = h.newClient();

    @Test
    void popsAtOnceLikeZmpopAndPropagatesTheNumberPopped() {
        h.runAs(a, "ZADD", "z", "1", "a", "2", "b");
        assertEquals("[z, [[b, 2], [a, 1]]]", text(h.runAs(b, "BZMPOP", "0", "2", "x", "z", "MAX", "COUNT", "5")));
        h.assertEffects("ZADD z 1 a 2 b", "ZPOPMAX z 2");
    }

    @Test
    void withoutCountOneMemberIsPoppedAndPropagatedWithCountOne() {
        h.runAs(a, "ZADD", "z", "1", "a", "2", "b");
        assertEquals("[z, [[a, 1]]]", text(h.runAs(b, "BZMPOP", "0", "1", "z", "MIN")));
        h.assertEffects("ZADD z 1 a 2 b", "ZPOPMIN z 1");
    }

    @Test
    void aServedClientPopsUpToCountAndPropagatesTheNumberPopped() {
        h.runAs(b, "BZMPOP", "0", "2", "x", "z", "MAX", "COUNT", "3");
        h.runAs(a, "ZADD", "z", "1", "a", "2", "b");
        assertEquals("[[z, [[b, 2], [a, 1]]]]", BzpopminCommandTest.texts(b));
        h.assertEffects("ZADD z 1 a 2 b", "ZPOPMAX z 2");
    }

    @Test
    void argumentsAreCheckedBeforeTheTimeout() {
        assertEquals("-ERR numkeys should be greater than 0", text(h.runAs(b, "BZMPOP", "x", "0", "z", "MIN")));
        assertEquals("-ERR syntax error", text(h.runAs(b, "BZMPOP", "x", "1", "z", "UP")));
        assertEquals("-ERR count should be greater than 0", text(h.runAs(b, "BZMPOP", "-1", "1", "z", "MIN", "COUNT", "0")));
        assertEquals("-ERR timeout is negative", text(h.runAs(b, "BZMPOP", "-1", "1", "z", "MIN")));
        assertEquals("-ERR timeout is not a float or out of range", text(h.runAs(b, "BZMPOP", "x", "1", "z", "MIN")));
    }

    @Test
    void timesOutWithANilArrayAndAnswersAtOnceInMulti() {
        h.runAs(b, "BZMPOP", "0.5", "1", "z", "MIN");
        h.clock.advance(501);
        h.handleTimeouts();
        assertEquals(List.of(Reply.NIL_ARRAY), output(b).sent);
        h.runAs(b, "MULTI");
        h.runAs(b, "BZMPOP", "0", "1", "z", "MIN");
        assertEquals(Reply.array(Reply.NIL_ARRAY), h.runAs(b, "EXEC"));
    }
}
