package io.hexaredis.application.commands.list;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Reply;
import org.junit.jupiter.api.Test;

class BrpopCommandTest {

    private final CommandHarness h = new CommandHarness();
    private final Call a = h.newClient();
    private final Call b = h.newClient();

    @Test
    void popsTheTailAtOnceOrWhenServedAndPropagatesRpop() {
        h.runAs(a, "RPUSH", "l", "x", "y");
        assertEquals("[l, y]", text(h.runAs(b, "BRPOP", "l", "0")));
        assertEquals("[l, x]", text(h.runAs(b, "BRPOP", "l", "0")));
        assertEquals(Reply.NONE, h.runAs(b, "BRPOP", "l", "0"));
        h.runAs(a, "RPUSH", "l", "1", "2");
        assertEquals("[[l, 2]]", BlpopCommandTest.texts(b));
        h.assertEffects("RPUSH l x y", "RPOP l", "RPOP l", "RPUSH l 1 2", "RPOP l");
    }
}
