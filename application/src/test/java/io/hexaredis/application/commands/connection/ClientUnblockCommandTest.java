package io.hexaredis.application.commands.connection;

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

class ClientUnblockCommandTest {

    private final CommandHarness h = new CommandHarness();
    private final Call a = h.newClient();
    private final Call b = h.newClient();

    private String id(Call client) {
        return Long.toString(client.session().id());
    }

    @Test
    void timeoutReleasesTheClientWithItsTimeoutReply() {
        h.runAs(b, "BLPOP", "l", "0");
        assertEquals("1", text(h.runAs(a, "CLIENT", "UNBLOCK", id(b))));
        assertEquals(List.of(Reply.NIL_ARRAY), output(b).sent);
        assertFalse(b.session().blocked());
        assertEquals(1, output(b).unblocked);
        assertEquals("0", text(h.runAs(a, "CLIENT", "UNBLOCK", id(b), "TIMEOUT")));
    }

    @Test
    void errorReleasesTheClientWithTheUnblockedError() {
        h.runAs(b, "BLMOVE", "src", "dst", "LEFT", "LEFT", "0");
        assertEquals("1", text(h.runAs(a, "CLIENT", "UNBLOCK", id(b), "error")));
        assertEquals("[-UNBLOCKED client unblocked via CLIENT UNBLOCK]",
                output(b).sent.stream().map(CommandHarness::text).toList().toString());
        h.runAs(a, "RPUSH", "src", "x");
        assertEquals(1, output(b).sent.size(), "an unblocked client is no longer served");
    }

    @Test
    void unknownOrNotBlockedClientsGiveZero() {
        assertEquals("0", text(h.runAs(a, "CLIENT", "UNBLOCK", "9999")));
        assertEquals("0", text(h.runAs(a, "CLIENT", "UNBLOCK", id(b))));
        assertEquals("0", text(h.runAs(a, "CLIENT", "UNBLOCK", "-1")));
    }

    @Test
    void theReasonIsCheckedBeforeTheId() {
        assertEquals("-ERR CLIENT UNBLOCK reason should be TIMEOUT or ERROR", text(h.runAs(a, "CLIENT", "UNBLOCK", "x", "foo")));
        assertEquals("-ERR value is not an integer or out of range", text(h.runAs(a, "CLIENT", "UNBLOCK", "x")));
        assertEquals("-ERR unknown subcommand or wrong number of arguments for 'unblock'. Try CLIENT HELP.",
                text(h.runAs(a, "CLIENT", "UNBLOCK", "1", "TIMEOUT", "extra")));
        assertEquals("-ERR wrong number of arguments for 'client|unblock' command", text(h.runAs(a, "CLIENT", "UNBLOCK")));
        assertTrue(h.dispatcher.blockedClients().count() == 0);
    }
}
