package io.hexaredis.application.commands.connection;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.dispatch.Call;
import org.junit.jupiter.api.Test;

class AuthCommandTest {

    private static final String WRONGPASS = "-WRONGPASS invalid username-password pair or user is disabled.";

    private final CommandHarness h = new CommandHarness();

    private Call unauthenticatedClient(String password) {
        h.config.set("requirepass", password);
        Call c = h.newClient();
        c.session().setAuthenticated(false);
        return c;
    }

    @Test
    void withoutAPasswordConfiguredTheOneArgumentFormIsAnError() {
        assertEquals("-ERR AUTH <password> called without any password configured for the default user. "
                + "Are you sure your configuration is correct?", text(h.run("AUTH", "anything")));
    }

    @Test
    void withoutAPasswordConfiguredTheDefaultUserAcceptsAnyPassword() {
        assertEquals("OK", text(h.run("AUTH", "default", "anything")));
        assertEquals(WRONGPASS, text(h.run("AUTH", "alice", "anything")));
    }

    @Test
    void theRightPasswordAuthenticates() {
        Call c = unauthenticatedClient("secret");
        assertEquals("-NOAUTH Authentication required.", text(h.runAs(c, "PING")));
        assertEquals(WRONGPASS, text(h.runAs(c, "AUTH", "wrong")));
        assertFalse(c.session().authenticated());
        assertEquals("OK", text(h.runAs(c, "AUTH", "secret")));
        assertEquals("PONG", text(h.runAs(c, "PING")));
    }

    @Test
    void theUserMustBeDefaultSpelledExactly() {
        Call c = unauthenticatedClient("secret");
        assertEquals(WRONGPASS, text(h.runAs(c, "AUTH", "Default", "secret")));
        assertEquals("OK", text(h.runAs(c, "AUTH", "default", "secret")));
    }

    @Test
    void aFailedAuthLeavesAnAuthenticatedClientAuthenticated() {
        Call c = unauthenticatedClient("secret");
        h.runAs(c, "AUTH", "secret");
        assertEquals(WRONGPASS, text(h.runAs(c, "AUTH", "wrong")));
        assertTrue(c.session().authenticated());
    }

    @Test
    void moreThanTwoArgumentsIsASyntaxError() {
        assertEquals("-ERR syntax error", text(h.run("AUTH", "a", "b", "c")));
    }

    @Test
    void aNewRequirepassIsCheckedByTheNextAuth() {
        Call c = unauthenticatedClient("old");
        h.config.set("requirepass", "new");
        assertEquals(WRONGPASS, text(h.runAs(c, "AUTH", "old")));
        assertEquals("OK", text(h.runAs(c, "AUTH", "new")));
    }

    @Test
    void passwordsAreBinarySafe() {
        Call c = unauthenticatedClient("pä ss");
        assertEquals("OK", text(h.runAs(c, "AUTH", "pä ss")));
    }
}
