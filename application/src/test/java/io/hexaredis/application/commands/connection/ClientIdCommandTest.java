package io.hexaredis.application.commands.connection;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.dispatch.Call;
import org.junit.jupiter.api.Test;

class ClientIdCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void eachConnectionHasItsOwnGrowingId() {
        Call first = h.newClient();
        Call second = h.newClient();
        long a = Long.parseLong(text(h.runAs(first, "CLIENT", "ID")));
        long b = Long.parseLong(text(h.runAs(second, "CLIENT", "ID")));
        assertEquals(a + 1, b);
    }

    @Test
    void takesNoArguments() {
        assertEquals("-ERR wrong number of arguments for 'client|id' command", text(h.run("CLIENT", "ID", "x")));
    }

    @Test
    void theContainerNeedsASubcommandItKnows() {
        assertEquals("-ERR wrong number of arguments for 'client' command", text(h.run("CLIENT")));
        assertEquals("-ERR unknown subcommand 'foo'. Try CLIENT HELP.", text(h.run("CLIENT", "foo")));
    }

    @Test
    void subcommandsOfLaterRedisVersionsAreUnknownAsIn70() {
        assertEquals("-ERR unknown subcommand 'SETINFO'. Try CLIENT HELP.",
                text(h.run("CLIENT", "SETINFO", "lib-name", "jedis")));
        assertEquals("-ERR unknown subcommand 'no-touch'. Try CLIENT HELP.", text(h.run("CLIENT", "no-touch", "on")));
    }
}
