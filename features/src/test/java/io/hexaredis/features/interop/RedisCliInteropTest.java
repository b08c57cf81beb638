package io.hexaredis.features.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * redis-cli, the tool people reach for first, run as a process against the server: one-shot
 * commands in its raw mode (what scripts read) and in its formatted mode, RESP3 with {@code -3},
 * INFO as monitoring scripts parse it, {@code --scan}, authentication with {@code -a}, and
 * {@code --pipe} mass insertion (which ends with an ECHO of a random marker to know when every
 * reply has come back).
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
    void rawModePrintsOneElementPerLine() {
        cli("RPUSH", "cli:list", "a", "b c", "d");
        assertEquals("a\nb c\nd\n", cli("--raw", "LRANGE", "cli:list", "0", "-1").stdout());
        cli("HSET", "cli:hash", "field", "value");
        assertEquals("field\nvalue\n", cli("--raw", "HGETALL", "cli:hash").stdout());
        assertEquals("1\n", cli("--raw", "INCR", "cli:counter").stdout());
        assertEquals("1) \"a\"\n2) \"b c\"\n3) \"d\"\n", cli("--no-raw", "LRANGE", "cli:list", "0", "-1").stdout());
        assertEquals("(integer) 2\n", cli("--no-raw", "INCR", "cli:counter").stdout());
    }

    @Test
    void dashThreeShowsMapsSetsAndDoubles() {
        cli("HSET", "cli:map", "f", "v");
        assertEquals("1# \"f\" => \"v\"\n", cli("-3", "--no-raw", "HGETALL", "cli:map").stdout());
        assertEquals("1) \"f\"\n2) \"v\"\n", cli("--no-raw", "HGETALL", "cli:map").stdout(), "RESP2 flattens the map");
        cli("SADD", "cli:set", "only");
        assertEquals("1~ \"only\"\n", cli("-3", "--no-raw", "SMEMBERS", "cli:set").stdout());
        assertEquals("(nil)\n", cli("-3", "--no-raw", "GET", "cli:none").stdout());
        cli("ZADD", "cli:zset", "1.5", "a", "2", "b");
        assertEquals("(double) 1.5\n", cli("-3", "--no-raw", "ZSCORE", "cli:zset", "a").stdout());
        assertEquals("\"1.5\"\n", cli("--no-raw", "ZSCORE", "cli:zset", "a").stdout(), "RESP2 sends the double as a string");
        assertEquals("1) 1) \"a\"\n   2) (double) 1.5\n2) 1) \"b\"\n   2) (double) 2\n",
                cli("-3", "--no-raw", "ZRANGE", "cli:zset", "0", "-1", "WITHSCORES").stdout());
    }

    /** INFO as monitoring scripts read it: "# Section" headers, then field:value lines, CRLF-terminated. */
    private static Map<String, Map<String, String>> info(String... section) {
        String[] args = new String[section.length + 1];
        args[0] = "INFO";
        System.arraycopy(section, 0, args, 1, section.length);
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Map<String, String> current = null;
        for (String line : cli(args).stdout().split("\r?\n")) {
            if (line.startsWith("# ")) {
                current = new LinkedHashMap<>();
                sections.put(line.substring(2), current);
            } else if (!line.isEmpty()) {
                int colon = line.indexOf(':');
                assertTrue(current != null && colon > 0, "not a field:value line: " + line);
                current.put(line.substring(0, colon), line.substring(colon + 1));
            }
        }
        return sections;
    }

    @Test
    void infoParsesIntoSectionsOfFields() {
        cli("SET", "cli:info", "x");
        cli("SET", "cli:info:ttl", "x", "EX", "1000");
        Map<String, Map<String, String>> all = info();
        assertTrue(all.keySet().containsAll(List.of("Server", "Clients", "Memory", "Persistence", "Stats",
                "Replication", "CPU", "Keyspace")), all.keySet().toString());
        Map<String, String> serverSection = all.get("Server");
        assertTrue(serverSection.get("redis_version").startsWith("7."), serverSection.toString());
        assertEquals(Integer.toString(server.port()), serverSection.get("tcp_port"));
        assertEquals("standalone", serverSection.get("redis_mode"));
        assertTrue(Long.parseLong(all.get("Clients").get("connected_clients")) >= 1);
        assertTrue(Long.parseLong(all.get("Memory").get("used_memory")) > 0);
        assertEquals("master", all.get("Replication").get("role"));
        assertTrue(Long.parseLong(all.get("Stats").get("total_commands_processed")) > 0);
        assertTrue(all.get("Keyspace").get("db0").matches("keys=\\d+,expires=[1-9]\\d*,avg_ttl=\\d+"),
                all.get("Keyspace").toString());

        Map<String, Map<String, String>> one = info("keyspace");
        assertEquals(Set.of("Keyspace"), one.keySet());
        Map<String, Map<String, String>> two = info("server", "clients");
        assertEquals(Set.of("Server", "Clients"), two.keySet());
    }

    @Test
    void scanWithAPatternListsEveryMatchingKeyOnce() {
        Set<String> written = new HashSet<>();
        for (int i = 0; i < 250; i++) {
            written.add("cli:scan:" + i);
        }
        for (int from = 0; from < 250; from += 50) {
            String[] args = new String[101];
            args[0] = "MSET";
            for (int i = 0; i < 50; i++) {
                args[1 + 2 * i] = "cli:scan:" + (from + i);
                args[2 + 2 * i] = "v";
            }
            assertEquals("OK\n", cli(args).stdout());
        }
        cli("SET", "cli:other", "not matched");
        ExternalTool.Result result = cli("--scan", "--pattern", "cli:scan:*");
        assertEquals(0, result.exitCode(), result.stderr());
        List<String> lines = List.of(result.stdout().split("\n"));
        assertEquals(written, new HashSet<>(lines));
        assertTrue(lines.size() >= written.size(), "SCAN may repeat a key, never skip one");
        assertEquals(Set.of("cli:scan:77"),
                Set.of(cli("--scan", "--pattern", "cli:scan:7*7").stdout().strip().split("\n")));
    }

    /**
     * Mass insertion as the Redis documentation teaches it: a file of commands in RESP (so values
     * may hold any byte, CR LF included) fed to {@code redis-cli --pipe}, which sends it all, then
     * counts the replies and the errors among them.
     */
    @Test
    void pipeModeSendsTenThousandCommandsAndCountsReplies() {
        StringBuilder resp = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            String key = "pipe:" + i;
            String value = "line " + i + "\r\nsecond line";
            resp.append("*3\r\n$3\r\nSET\r\n")
                    .append('$').append(key.length()).append("\r\n").append(key).append("\r\n")
                    .append('$').append(value.length()).append("\r\n").append(value).append("\r\n");
        }
        ExternalTool.Result result = CLI.run(resp.toString(), "-h", InteropServer.HOST,
                "-p", Integer.toString(server.port()), "--pipe");
        assertEquals(0, result.exitCode(), result.stdout() + result.stderr());
        assertTrue(result.stdout().contains("errors: 0, replies: 10000"), result.stdout());
        assertEquals("\"line 9999\\r\\nsecond line\"\n", cli("--no-raw", "GET", "pipe:9999").stdout());
        assertEquals("(integer) 22\n", cli("--no-raw", "STRLEN", "pipe:1234").stdout());
    }

    @Test
    void pipeModeCountsErrorReplies() {
        ExternalTool.Result result = CLI.run("SET pipe:e 1\r\nINCR pipe:e\r\nLPUSH pipe:e x\r\nNOSUCHCOMMAND\r\n",
                "-h", InteropServer.HOST, "-p", Integer.toString(server.port()), "--pipe");
        assertTrue(result.stdout().contains("errors: 2, replies: 4"), result.stdout() + result.stderr());
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
