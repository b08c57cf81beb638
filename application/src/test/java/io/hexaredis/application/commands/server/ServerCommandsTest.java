package io.hexaredis.application.commands.server;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.cron.ActiveExpireCycle;
import io.hexaredis.application.server.ServerState.ShutdownRequest;
import io.hexaredis.domain.command.Reply;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerCommandsTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void timeIsSecondsAndMicrosecondsOfTheServerClock() {
        h.clock.advance(1234);
        assertEquals("[1700000001, 234000]", text(h.run("TIME")));
    }

    @Test
    void lastsaveIsTheStartTimeUntilASaveIsRecorded() {
        assertEquals("1700000000", text(h.run("LASTSAVE")));
        h.server.saved(1_700_000_500_000L, 0);
        assertEquals("1700000500", text(h.run("LASTSAVE")));
    }

    @Test
    void shutdownRequestsTheStopAndRepliesNothing() {
        Reply r = h.run("SHUTDOWN", "NOSAVE", "now");
        assertEquals(Reply.NONE, r);
        assertEquals(new ShutdownRequest(false, true, true, false), h.server.shutdownRequest());
        assertFalse(h.server.shutdownRequest().saves(h.config));
    }

    @Test
    void shutdownSavesByDefaultWhenSavePointsAreConfigured() {
        h.run("SHUTDOWN");
        assertTrue(h.server.shutdownRequest().saves(h.config));
        h.config.set("save", "");
        assertFalse(new ShutdownRequest(false, false).saves(h.config));
        assertTrue(new ShutdownRequest(true, false).saves(h.config));
    }

    @Test
    void shutdownRefusesBadCombinationsAndAbortHasNothingToCancel() {
        assertEquals("-ERR syntax error", text(h.run("SHUTDOWN", "foo")));
        assertEquals("-ERR syntax error", text(h.run("SHUTDOWN", "NOSAVE", "SAVE")));
        assertEquals("-ERR syntax error", text(h.run("SHUTDOWN", "NOW", "ABORT")));
        assertEquals("-ERR No shutdown in progress.", text(h.run("SHUTDOWN", "ABORT", "abort")));
        assertNull(h.server.shutdownRequest());
    }

    @Test
    void aFailedPreparationKeepsTheServerRunning() {
        h.server.setShutdownPreparation(request -> request.force());
        assertEquals("-ERR Errors trying to SHUTDOWN. Check logs.", text(h.run("SHUTDOWN", "SAVE")));
        assertNull(h.server.shutdownRequest());
        assertEquals(Reply.NONE, h.run("SHUTDOWN", "SAVE", "FORCE"));
    }

    @Test
    void debugIsRefusedUnlessEnabled() {
        assertEquals("-" + DebugCommand.NOT_ALLOWED, text(h.run("DEBUG", "SLEEP", "0")));
        h.config.set(Map.of("enable-debug-command", "local"), true);
        assertEquals("OK", text(h.run("DEBUG", "SLEEP", "0")));
    }

    @Test
    void debugSleepSetActiveExpireAndUnknownSubcommands() {
        h.config.set(Map.of("enable-debug-command", "yes"), true);
        assertEquals("OK", text(h.run("DEBUG", "sleep", "x")));
        assertEquals("OK", text(h.run("DEBUG", "SLEEP", "0.001")));
        assertEquals("OK", text(h.run("DEBUG", "SET-ACTIVE-EXPIRE", "0")));
        assertFalse(h.server.activeExpireEnabled());
        assertEquals("OK", text(h.run("DEBUG", "set-active-expire", "1")));
        assertTrue(h.server.activeExpireEnabled());
        assertEquals("-ERR unknown subcommand or wrong number of arguments for 'Digest'. Try DEBUG HELP.",
                text(h.run("DEBUG", "Digest")));
        assertEquals("-ERR unknown subcommand or wrong number of arguments for 'sleep'. Try DEBUG HELP.",
                text(h.run("DEBUG", "sleep")));
        assertEquals("-ERR wrong number of arguments for 'debug' command", text(h.run("DEBUG")));
        assertEquals(9, ((Reply.Array) h.run("DEBUG", "HELP")).items().size());
    }

    @Test
    void withActiveExpiryOffOnlyLazyExpiryDeletesKeys() {
        h.config.set(Map.of("enable-debug-command", "yes"), true);
        h.run("SET", "k", "v");
        h.keyspace.db(0).setExpire("k".getBytes(java.nio.charset.StandardCharsets.UTF_8), h.clock.millis() + 1000);
        h.clock.advance(2000);
        ActiveExpireCycle cycle = new ActiveExpireCycle(h.server);
        h.run("DEBUG", "SET-ACTIVE-EXPIRE", "0");
        assertEquals(0, cycle.run());
        assertEquals(1, h.keyspace.db(0).size());
        h.run("DEBUG", "SET-ACTIVE-EXPIRE", "1");
        assertEquals(1, cycle.run());
        assertEquals(0, h.keyspace.db(0).size());
    }

    @Test
    void strtodAndAtoiReadTheLongestNumericPrefix() {
        assertEquals(1.5, DebugCommand.strtod("1.5s"));
        assertEquals(0, DebugCommand.strtod("x"));
        assertEquals(2, DebugCommand.atoi(" 2x"));
        assertEquals(0, DebugCommand.atoi("x"));
    }

    @Test
    void protectedActionsAllowLoopbackClientsForLocal() {
        assertTrue(ProtectedAction.isLocal("127.0.0.1:5000"));
        assertTrue(ProtectedAction.isLocal("0:0:0:0:0:0:0:1:5000"));
        assertFalse(ProtectedAction.isLocal("10.0.0.1:5000"));
    }
}
