package io.hexaredis.application.commands.connection;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.dispatch.Call;
import org.junit.jupiter.api.Test;

class QuitCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void answersOkAndMarksTheConnectionToCloseAfterTheReply() {
        assertEquals("OK", text(h.run("QUIT")));
        assertTrue(h.server.clients().all().iterator().next().closing());
    }

    @Test
    void worksBeforeAuthenticationAndWithAnyArguments() {
        h.config.set("requirepass", "secret");
        Call c = h.newClient();
        c.session().setAuthenticated(false);
        assertEquals("OK", text(h.runAs(c, "QUIT", "now", "please")));
        assertTrue(c.session().closing());
    }
}
