package io.hexaredis.application.commands.connection;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.dispatch.Call;
import io.hexaredis.application.server.ClientSession;
import org.junit.jupiter.api.Test;

class ResetCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void putsTheConnectionBackAsNew() {
        h.run("SELECT", "5");
        h.run("HELLO", "3", "SETNAME", "pooled");
        h.run("CLIENT", "NO-EVICT", "ON");
        assertEquals("RESET", text(h.run("RESET")));
        ClientSession s = h.server.clients().all().iterator().next();
        assertEquals(0, s.db());
        assertEquals(2, s.protocol());
        assertNull(s.name());
        assertFalse(s.noEvict());
        assertEquals(ClientSession.ReplyMode.ON, s.replyMode());
        assertTrue(s.authenticated(), "no password: the default user is authenticated");
    }

    @Test
    void withAPasswordTheClientMustAuthenticateAgain() {
        h.config.set("requirepass", "secret");
        Call c = h.newClient();
        c.session().setAuthenticated(false);
        h.runAs(c, "AUTH", "secret");
        assertEquals("RESET", text(h.runAs(c, "RESET")));
        assertEquals("-NOAUTH Authentication required.", text(h.runAs(c, "PING")));
    }

    @Test
    void takesNoArguments() {
        assertEquals("-ERR wrong number of arguments for 'reset' command", text(h.run("RESET", "now")));
    }
}
