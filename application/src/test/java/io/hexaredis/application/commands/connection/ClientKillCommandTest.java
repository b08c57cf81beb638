package io.hexaredis.application.commands.connection;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.dispatch.Call;
import org.junit.jupiter.api.Test;

class ClientKillCommandTest {

    private final CommandHarness h = new CommandHarness();
    private final Call me = h.newClient();
    private final Call other = h.newClient();

    private static boolean killed(Call c) {
        return ((CommandHarness.RecordingOutput) c.session().output()).closed;
    }

    private String id(Call c) {
        return Long.toString(c.session().id());
    }

    @Test
    void theOldFormKillsByAddressAndAnswersOk() {
        assertEquals("OK", text(h.runAs(me, "CLIENT", "KILL", other.session().address())));
        assertTrue(killed(other));
        assertEquals("-ERR No such client", text(h.runAs(me, "CLIENT", "KILL", "10.0.0.1:1")));
    }

    @Test
    void theOldFormMayKillTheCallerAfterItsReply() {
        assertEquals("OK", text(h.runAs(me, "CLIENT", "KILL", me.session().address())));
        assertTrue(me.session().closing());
        assertFalse(killed(me), "closed once the OK is written, not at once");
    }

    @Test
    void filtersMustAllMatchAndTheCountIsAnswered() {
        assertEquals("1", text(h.runAs(me, "CLIENT", "KILL", "ID", id(other), "TYPE", "normal")));
        assertTrue(killed(other));
        assertEquals("0", text(h.runAs(me, "CLIENT", "KILL", "ID", id(me), "TYPE", "pubsub")));
    }

    @Test
    void skipmeSparesTheCallerUnlessNo() {
        assertEquals("0", text(h.runAs(me, "CLIENT", "KILL", "ID", id(me))));
        assertFalse(me.session().closing());
        assertEquals("1", text(h.runAs(me, "CLIENT", "KILL", "ID", id(me), "SKIPME", "no")));
        assertTrue(me.session().closing());
    }

    @Test
    void addrLaddrTypeAndUserSelectClients() {
        assertEquals("1", text(h.runAs(me, "CLIENT", "KILL", "ADDR", other.session().address())));
        Call third = h.newClient();
        assertEquals("3", text(h.runAs(me, "CLIENT", "KILL", "LADDR", third.session().localAddress())),
                "all share the local address: every client but the caller (killed ones stay in this harness)");
        assertTrue(killed(third));
        Call fourth = h.newClient();
        assertEquals("4", text(h.runAs(me, "CLIENT", "KILL", "USER", "default")));
        assertTrue(killed(fourth));
    }

    @Test
    void errorsOfTheNewForm() {
        assertEquals("-ERR client-id should be greater than 0", text(h.runAs(me, "CLIENT", "KILL", "ID", "0")));
        assertEquals("-ERR client-id should be greater than 0", text(h.runAs(me, "CLIENT", "KILL", "ID", "abc")));
        assertEquals("-ERR Unknown client type 'robot'", text(h.runAs(me, "CLIENT", "KILL", "TYPE", "robot")));
        assertEquals("-ERR No such user 'alice'", text(h.runAs(me, "CLIENT", "KILL", "USER", "alice")));
        assertEquals("-ERR syntax error", text(h.runAs(me, "CLIENT", "KILL", "SKIPME", "maybe")));
        assertEquals("-ERR syntax error", text(h.runAs(me, "CLIENT", "KILL", "MAXAGE", "10")));
        assertEquals("-ERR syntax error", text(h.runAs(me, "CLIENT", "KILL", "ID", "1", "TYPE")));
        assertEquals("-ERR wrong number of arguments for 'client|kill' command", text(h.runAs(me, "CLIENT", "KILL")));
        assertFalse(killed(other));
    }
}
