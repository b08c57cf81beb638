package io.hexaredis.application.commands.server;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.config.ConfigFiles;
import io.hexaredis.domain.command.Reply;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigCommandsTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void getAnswersAMapOfTheMatchingParameters() {
        Reply r = h.run("CONFIG", "GET", "maxmemory", "hz");
        assertTrue(r instanceof Reply.MapReply);
        assertEquals("[maxmemory, 0, hz, 10]", text(new Reply.Array(((Reply.MapReply) r).keysAndValues())));
    }

    @Test
    void setChangesSeveralParametersAndGetShowsThemNormalized() {
        assertEquals("OK", text(h.run("CONFIG", "SET", "maxmemory", "1mb", "appendonly", "YES")));
        assertEquals("1048576", h.config.get("maxmemory"));
        assertEquals("yes", h.config.get("appendonly"));
    }

    @Test
    void setAnswersRedisErrorLines() {
        assertEquals("-ERR CONFIG SET failed (possibly related to argument 'hz') - argument couldn't be parsed into an integer",
                text(h.run("CONFIG", "SET", "hz", "abc")));
        assertEquals("-ERR Unknown option or number of arguments for CONFIG SET - 'foo'",
                text(h.run("CONFIG", "SET", "foo", "bar")));
        assertEquals("-ERR syntax error", text(h.run("CONFIG", "SET", "hz", "10", "maxclients")));
        assertEquals("-ERR wrong number of arguments for 'config|set' command", text(h.run("CONFIG", "SET", "hz")));
        assertEquals("-ERR wrong number of arguments for 'config|get' command", text(h.run("CONFIG", "GET")));
        assertEquals("-ERR unknown subcommand 'foo'. Try CONFIG HELP.", text(h.run("CONFIG", "foo")));
    }

    @Test
    void protectedParametersNeedEnableProtectedConfigs() {
        assertEquals("-ERR CONFIG SET failed (possibly related to argument 'dbfilename') - can't set protected config",
                text(h.run("CONFIG", "SET", "dbfilename", "x.rdb")));
        h.config.set(Map.of("enable-protected-configs", "local"), true);
        assertEquals("OK", text(h.run("CONFIG", "SET", "dbfilename", "x.rdb")));
    }

    @Test
    void resetStatZeroesTheCountersOfInfo() {
        h.run("SET", "k", "v");
        h.run("CONFIG", "SET", "hz", "abc");
        assertTrue(h.server.stats().commandsProcessed > 0);
        assertEquals("OK", text(h.run("CONFIG", "RESETSTAT")));
        assertEquals(0, h.server.stats().totalErrorReplies);
        assertEquals(Map.of("config|resetstat", 1L), Map.of("config|resetstat",
                h.server.stats().commandStats().get("config|resetstat").calls()));
        assertEquals(1, h.server.stats().commandStats().size());
    }

    @Test
    void rewriteNeedsAConfigFile() {
        assertEquals("-ERR The server is running without a config file", text(h.run("CONFIG", "REWRITE")));
    }

    @Test
    void rewriteReportsTheSystemsReasonWhenTheFileCannotBeWritten() {
        h.config.setConfigFile("/etc/redis.conf");
        assertEquals("-ERR Rewriting config file: No such file or directory", text(h.run("CONFIG", "REWRITE")));
    }

    @Test
    void helpListsTheSubcommands() {
        Reply r = h.run("CONFIG", "HELP");
        List<Reply> lines = ((Reply.Array) r).items();
        assertEquals(new Reply.Status("CONFIG <subcommand> [<arg> [value] [opt] ...]. Subcommands are:"), lines.get(0));
        assertEquals(new Reply.Status("    Prints this help."), lines.get(lines.size() - 1));
        assertEquals(11, lines.size());
    }

    @Test
    void aNoFileSystemConfigCannotRewrite() {
        assertThrowsIo(() -> ConfigFiles.NONE.replace("x", "y"));
    }

    private static void assertThrowsIo(IoAction action) {
        try {
            action.run();
        } catch (IOException expected) {
            return;
        }
        throw new AssertionError("expected an IOException");
    }

    private interface IoAction {
        void run() throws IOException;
    }
}
