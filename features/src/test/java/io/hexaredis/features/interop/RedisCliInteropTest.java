package io.hexaredis.features.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * redis-cli, the tool people reach for first, run as a process against the server: one-shot
 * commands in its raw mode (what scripts read) and in its formatted mode, RESP3 with {@code -3},
 * authentication with {@code -a}, and {@code --pipe} mass insertion (which ends with an ECHO of a
 * random marker to know when every reply has come back).
 */
class RedisCliInteropTest {

    private static final ExternalTool CLI = ExternalTool.find("redis-cli");
    private static InteropServer server;

    @BeforeAll
    static void start() {
        if (CLI.installed()) {
            server = InteropServer.start();
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void needsRedisCli() {
        Assumptions.assumeTrue(CLI.installed(), CLI.missingReason());
    }

    private static ExternalTool.Result cli(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "-h";
        all[1] = InteropServer.HOST;
        all[2] = "-p";
        all[3] = Integer.toString(server.port());
        System.arraycopy(args, 0, all, 4, args.length);
        return CLI.run(null, all);
    }

    @Test
    void pingSetAndGetInRawMode() {
        assertEquals("PONG\n", cli("PING").stdout());
        assertEquals("OK\n", cli("SET", "cli:key", "hello world").stdout());
        assertEquals("hello world\n", cli("--raw", "GET", "cli:key").stdout());
        assertEquals("\n", cli("--raw", "GET", "cli:missing").stdout());
    }

    @Test
    void theFormattedModeQuotesStringsAndNamesNil() {
        cli("SET", "cli:quoted", "a\"b");
        assertEquals("\"a\\\"b\"\n", cli("--no-raw", "GET", "cli:quoted").stdout());
        assertEquals("(nil)\n", cli("--no-raw", "GET", "cli:nothing").stdout());
        assertEquals("(error) ERR DB index is out of range\n", cli("--no-raw", "SELECT", "99").stdout());
    }

    @Test
    void dashThreeSpeaksResp3() {
        String hello = cli("-3", "--no-raw", "HELLO").stdout();
        assertTrue(hello.contains("3# \"proto\" => (integer) 3"), hello);
        assertTrue(hello.contains("1# \"server\" => \"redis\""), hello);
        assertTrue(cli("-3", "CLIENT", "INFO").stdout().contains(" resp=3"));
    }

    @Test
    void pipeModeSendsEverythingAndCountsReplies() {
        StringBuilder commands = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            commands.append("SET pipe:").append(i).append(' ').append(i).append("\r\n");
        }
        ExternalTool.Result result = CLI.run(commands.toString(), "-h", InteropServer.HOST,
                "-p", Integer.toString(server.port()), "--pipe");
        assertEquals(0, result.exitCode(), result.stdout() + result.stderr());
        assertTrue(result.stdout().contains("errors: 0, replies: 500"), result.stdout());
        assertEquals("499\n", cli("GET", "pipe:499").stdout());
    }

    @Test
    void aPasswordGivenWithDashAIsUsed() {
        Assumptions.assumeTrue(!InteropServer.isExternal(), "needs a server of its own with requirepass");
        try (InteropServer secured = InteropServer.start("--requirepass", "pw")) {
            String port = Integer.toString(secured.port());
            assertEquals("(error) NOAUTH Authentication required.\n",
                    CLI.run(null, "-h", InteropServer.HOST, "-p", port, "--no-raw", "GET", "k").stdout());
            assertEquals("PONG\n", CLI.run(null, "-h", InteropServer.HOST, "-p", port, "--no-auth-warning",
                    "-a", "pw", "PING").stdout());
        }
    }
}
