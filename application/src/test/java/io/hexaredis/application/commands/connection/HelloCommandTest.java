package io.hexaredis.application.commands.connection;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;

class HelloCommandTest {

    private final CommandHarness h = new CommandHarness();

    private Call unauthenticatedClient() {
        h.config.set("requirepass", "secret");
        Call c = h.newClient();
        c.session().setAuthenticated(false);
        return c;
    }

    @Test
    void answersTheServerMapAndSwitchesToResp3() {
        Reply.MapReply reply = (Reply.MapReply) h.run("HELLO", "3");
        long id = h.server.clients().all().iterator().next().id();
        assertEquals(List.of("server", "redis", "version", "7.0.15", "proto", "3", "id", Long.toString(id),
                "mode", "standalone", "role", "master", "modules", "[]"),
                reply.keysAndValues().stream().map(CommandHarness::text).toList());
        assertEquals(3, h.server.clients().get(id).protocol());
    }

    @Test
    void withoutAVersionNothingChanges() {
        h.run("HELLO", "3");
        Reply.MapReply reply = (Reply.MapReply) h.run("HELLO");
        assertEquals("3", text(reply.keysAndValues().get(5)));
        h.run("HELLO", "2");
        assertEquals("2", text(((Reply.MapReply) h.run("HELLO")).keysAndValues().get(5)));
    }

    @Test
    void onlyVersionsTwoAndThreeExist() {
        assertEquals("-NOPROTO unsupported protocol version", text(h.run("HELLO", "4")));
        assertEquals("-NOPROTO unsupported protocol version", text(h.run("HELLO", "1")));
        assertEquals("-ERR Protocol version is not an integer or out of range", text(h.run("HELLO", "three")));
    }

    @Test
    void badOptionsAreNamedInTheError() {
        assertEquals("-ERR Syntax error in HELLO option 'foo'", text(h.run("HELLO", "3", "foo")));
        assertEquals("-ERR Syntax error in HELLO option 'setname'", text(h.run("HELLO", "3", "setname")));
        assertEquals("-ERR Syntax error in HELLO option 'AUTH'", text(h.run("HELLO", "3", "AUTH", "default")));
        assertEquals(2, h.server.clients().all().iterator().next().protocol(), "a failed HELLO keeps the protocol");
    }

    @Test
    void setnameNamesTheClientAndValidatesTheName() {
        h.run("HELLO", "2", "SETNAME", "worker-1");
        assertEquals("worker-1", text(h.run("CLIENT", "GETNAME")));
        assertEquals("-ERR Client names cannot contain spaces, newlines or special characters.",
                text(h.run("HELLO", "3", "SETNAME", "a b")));
        h.run("HELLO", "3", "SETNAME", "");
        assertNull(text(h.run("CLIENT", "GETNAME")));
    }

    @Test
    void optionsTakeEffectAsTheyAreReadEvenIfALaterOneFails() {
        assertEquals("-ERR Syntax error in HELLO option 'bad'", text(h.run("HELLO", "3", "SETNAME", "early", "bad")));
        assertEquals("early", text(h.run("CLIENT", "GETNAME")));
    }

    @Test
    void anUnauthenticatedClientMustAuthenticateInHello() {
        Call c = unauthenticatedClient();
        assertEquals("-NOAUTH HELLO must be called with the client already authenticated, otherwise the "
                + "HELLO AUTH <user> <pass> option can be used to authenticate the client and select the "
                + "RESP protocol version at the same time", text(h.runAs(c, "HELLO", "3")));
        assertEquals(2, c.session().protocol());
        assertEquals("-WRONGPASS invalid username-password pair or user is disabled.",
                text(h.runAs(c, "HELLO", "3", "AUTH", "default", "wrong")));
        assertTrue(h.runAs(c, "HELLO", "3", "AUTH", "default", "secret") instanceof Reply.MapReply);
        assertTrue(c.session().authenticated());
        assertEquals(3, c.session().protocol());
    }

    @Test
    void aNameGivenBeforeTheNoauthErrorIsKept() {
        Call c = unauthenticatedClient();
        h.runAs(c, "HELLO", "3", "SETNAME", "early");
        assertEquals("early", c.session().name() == null ? null : new String(c.session().name().bytes()));
    }
}
