package io.hexaredis.application.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigTest {

    private final Config config = Config.standard();

    /** The resource file: CONFIG GET * of a real redis-server 7.0.15, and its hidden parameters. */
    private static Map<String, String> redisDefaults() throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (var in = ConfigTest.class.getResourceAsStream("redis-7.0.15-config-defaults.tsv");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.startsWith("#")) {
                    String[] nameValue = line.split("\t", 2);
                    out.put(nameValue[0], nameValue[1]);
                }
            }
        }
        return out;
    }

    private static List<byte[]> patterns(String... p) {
        List<byte[]> out = new ArrayList<>();
        for (String s : p) {
            out.add(s.getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    private void set(String... nameValues) {
        List<Map.Entry<String, String>> changes = new ArrayList<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            changes.add(new SimpleEntry<>(nameValues[i], nameValues[i + 1]));
        }
        config.set(changes, false, false);
    }

    private String setError(String... nameValues) {
        return assertThrows(ConfigException.class, () -> set(nameValues)).line();
    }

    @Test
    void everyDefaultIsAcceptedByItsOwnNormalizerAndNormalizesToItself() {
        for (ConfigParam p : config.params()) {
            String normalized = p.normalize(p.defaultValue());
            if (!p.name().equals("replicaof")) { // no master shows as "", set as "no one"
                assertEquals(normalized, p.normalize(normalized, normalized), p.name());
            }
        }
    }

    @Test
    void configGetStarReportsWhatRedis7015ReportsForItsDefaults() throws IOException {
        Map<String, String> expected = redisDefaults();
        Map<String, String> actual = new TreeMap<>(config.matching(patterns("*")));
        actual.remove("dir");
        for (ConfigParam p : config.params()) {
            if (p.has(ConfigParam.Flag.HIDDEN)) {
                actual.putAll(config.matching(patterns(p.name())));
            }
        }
        assertEquals(expected, actual);
    }

    @Test
    void hiddenParametersAnswerTheirExactNameOnly() {
        assertEquals(Map.of("key-load-delay", "0"), config.matching(patterns("key-load-delay")));
        assertEquals(Map.of(), config.matching(patterns("key-load-*")));
    }

    @Test
    void anExactNameIsAnsweredAsTypedAndOnlyOnce() {
        assertEquals(List.of("MAXMEMORY"), List.copyOf(config.matching(patterns("MAXMEMORY", "max*")).keySet())
                .subList(0, 1));
        Map<String, String> hz = config.matching(patterns("hz", "hz", "h?"));
        assertEquals(Map.of("hz", "10"), hz);
    }

    @Test
    void aliasesAreSetAndReportedTogetherWithTheirParameter() {
        set("slave-read-only", "no");
        assertEquals(Map.of("replica-read-only", "no", "slave-read-only", "no"),
                config.matching(patterns("replica-read-only", "slave-read-only")));
    }

    @ParameterizedTest(name = "CONFIG SET {0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            hz                        | abc        | ERR CONFIG SET failed (possibly related to argument 'hz') - argument couldn't be parsed into an integer
            hz                        | +5         | ERR CONFIG SET failed (possibly related to argument 'hz') - argument couldn't be parsed into an integer
            hz                        | -1         | ERR CONFIG SET failed (possibly related to argument 'hz') - argument must be between 0 and 2147483647 inclusive
            maxclients                | 0          | ERR CONFIG SET failed (possibly related to argument 'maxclients') - argument must be between 1 and 4294967295 inclusive
            SLAVE-READ-ONLY           | maybe      | ERR CONFIG SET failed (possibly related to argument 'slave-read-only') - argument must be 'yes' or 'no'
            maxmemory                 | 1.5mb      | ERR CONFIG SET failed (possibly related to argument 'maxmemory') - argument must be a memory value
            maxmemory                 | -1         | ERR CONFIG SET failed (possibly related to argument 'maxmemory') - argument must be a memory value
            proto-max-bulk-len        | 1000       | ERR CONFIG SET failed (possibly related to argument 'proto-max-bulk-len') - argument must be between 1048576 and 9223372036854775807 inclusive
            maxmemory-clients         | 200%       | ERR CONFIG SET failed (possibly related to argument 'maxmemory-clients') - percentage argument must be less or equal to 100
            maxmemory-clients         | -5%        | ERR CONFIG SET failed (possibly related to argument 'maxmemory-clients') - argument must be a memory or percent value
            loglevel                  | loud       | ERR CONFIG SET failed (possibly related to argument 'loglevel') - argument(s) must be one of the following: debug, verbose, notice, warning
            appendfsync               | sometimes  | ERR CONFIG SET failed (possibly related to argument 'appendfsync') - argument(s) must be one of the following: everysec, always, no
            daemonize                 | yes        | ERR CONFIG SET failed (possibly related to argument 'daemonize') - can't set immutable config
            dir                       | /tmp       | ERR CONFIG SET failed (possibly related to argument 'dir') - can't set protected config
            foo                       | bar        | ERR Unknown option or number of arguments for CONFIG SET - 'foo'
            save                      | 100 10 200 | ERR CONFIG SET failed (possibly related to argument 'save') - Invalid save parameters
            save                      | 0 10       | ERR CONFIG SET failed (possibly related to argument 'save') - Invalid save parameters
            save                      | '100 10 '  | ERR CONFIG SET failed (possibly related to argument 'save') - Invalid save parameters
            client-output-buffer-limit| master 1 2 3 | ERR CONFIG SET failed (possibly related to argument 'client-output-buffer-limit') - Invalid client class specified in buffer limit configuration.
            client-output-buffer-limit| normal -1 2 3 | ERR CONFIG SET failed (possibly related to argument 'client-output-buffer-limit') - Error in hard, soft or soft_seconds setting in buffer limit configuration.
            client-output-buffer-limit| normal 1 2 | ERR CONFIG SET failed (possibly related to argument 'client-output-buffer-limit') - Wrong number of arguments in buffer limit configuration.
            oom-score-adj-values      | 1 2        | ERR CONFIG SET failed (possibly related to argument 'oom-score-adj-values') - wrong number of arguments
            oom-score-adj-values      | 1 2 3000   | ERR CONFIG SET failed (possibly related to argument 'oom-score-adj-values') - Invalid oom-score-adj-values, elements must be between -2000 and 2000.
            notify-keyspace-events    | KEA?       | ERR CONFIG SET failed (possibly related to argument 'notify-keyspace-events') - Invalid event class character. Use 'Ag$lshzxeKEtmdn'.
            latency-tracking-info-percentiles | 50 abc | ERR CONFIG SET failed (possibly related to argument 'latency-tracking-info-percentiles') - Invalid latency-tracking-info-percentiles parameters
            latency-tracking-info-percentiles | 101 | ERR CONFIG SET failed (possibly related to argument 'latency-tracking-info-percentiles') - latency-tracking-info-percentiles parameters should sit between [0.0,100.0]
            shutdown-on-sigint        | save nosave | ERR CONFIG SET failed (possibly related to argument 'shutdown-on-sigint') - shutdown options SAVE and NOSAVE can't be used simultaneously
            cluster-announce-hostname | a_b        | ERR CONFIG SET failed (possibly related to argument 'cluster-announce-hostname') - Hostnames may only contain alphanumeric characters, hyphens or dots
            proc-title-template       | {foo}      | ERR CONFIG SET failed (possibly related to argument 'proc-title-template') - template format is invalid or contains unknown variables
            activedefrag              | yes        | ERR CONFIG SET failed (possibly related to argument 'activedefrag') - Active defragmentation cannot be enabled: it requires a Redis server compiled with a modified Jemalloc like the one shipped by default with the Redis source distribution
            replicaof                 | no one     | ERR CONFIG SET failed (possibly related to argument 'replicaof') - can't set immutable config
            """)
    void refusedValuesGetRedisErrorLines(String name, String value, String expected) {
        assertEquals(expected, setError(name, value));
    }

    @ParameterizedTest(name = "CONFIG SET {0} {1} shows {2}")
    @CsvSource(delimiter = '|', textBlock = """
            maxmemory               | 1MB                     | 1048576
            maxmemory               | 007kb                   | 7168
            maxmemory               | 2g                      | 2000000000
            maxmemory               | ''                      | 0
            maxmemory               | 99999999999999999999999 | 18446744073709551615
            maxmemory-clients       | 10%                     | 10%
            hz                      | 1000                    | 500
            hz                      | 0                       | 1
            loglevel                | WARNING                 | warning
            oom-score-adj           | relative                | yes
            save                    | 01 0                    | 1 0
            save                    | ''                      | ''
            notify-keyspace-events  | KEA                     | AKE
            notify-keyspace-events  | Kg$                     | g$K
            notify-keyspace-events  | Knmd                    | dnKm
            notify-keyspace-events  | AKEn                    | AKE
            shutdown-on-sigterm     | now nosave force        | nosave now force
            shutdown-on-sigterm     | default now             | now
            latency-tracking-info-percentiles | 50.0 99 99.90 | 50 99 99.9
            """)
    void acceptedValuesAreShownInRedisNormalForm(String name, String value, String shown) {
        set(name, value);
        assertEquals(shown, config.get(name));
    }

    @Test
    void clientOutputBufferLimitChangesOnlyTheClassesNamed() {
        set("client-output-buffer-limit", "pubsub 1mb 2mb 3");
        set("client-output-buffer-limit", "replica 1k 2kb 3 NORMAL 1 2 3");
        assertEquals("normal 1 2 3 slave 1000 2048 3 pubsub 1048576 2097152 3", config.get("client-output-buffer-limit"));
    }

    @Test
    void severalParametersChangeTogetherOrNotAtAll() {
        set("hz", "20", "maxmemory", "1mb");
        assertEquals("20", config.get("hz"));
        setError("hz", "30", "maxmemory", "lots");
        assertEquals("20", config.get("hz"));
        assertEquals("1048576", config.get("maxmemory"));
    }

    @Test
    void theFirstProblemOfTheNamesIsReportedBeforeAnyValueIsChecked() {
        assertEquals("ERR Unknown option or number of arguments for CONFIG SET - 'foo'", setError("foo", "bar", "hz", "5"));
        assertEquals("ERR Unknown option or number of arguments for CONFIG SET - 'foo'", setError("hz", "abc", "foo", "bar"));
        assertEquals("ERR CONFIG SET failed (possibly related to argument 'daemonize') - can't set immutable config",
                setError("daemonize", "yes", "foo", "bar"));
        assertEquals("ERR CONFIG SET failed (possibly related to argument 'daemonize') - can't set immutable config",
                setError("hz", "abc", "daemonize", "yes"));
        assertEquals("ERR CONFIG SET failed (possibly related to argument 'replica-read-only') - duplicate parameter",
                setError("replica-read-only", "yes", "replica-read-only", "no"));
    }

    @Test
    void aParameterAndItsAliasAreNotDuplicatesAndTheLastOneWins() {
        set("slave-read-only", "yes", "replica-read-only", "no");
        assertEquals("no", config.get("replica-read-only"));
    }

    @Test
    void aListenerThatRefusesItsValuePutsEveryParameterBack() {
        List<String> applied = new ArrayList<>();
        config.onChange("maxclients", v -> {
            if (v.equals("7")) {
                throw new IllegalArgumentException("The operating system is not able to handle the specified number of clients, try with 6");
            }
            applied.add(v);
        });
        ConfigException e = assertThrows(ConfigException.class, () -> set("hz", "50", "maxclients", "7"));
        assertEquals("ERR CONFIG SET failed (possibly related to argument 'maxclients') - The operating system is "
                + "not able to handle the specified number of clients, try with 6", e.line());
        assertEquals("10", config.get("hz"));
        assertEquals("10000", config.get("maxclients"));
        assertEquals(List.of("10000"), applied);
    }

    @Test
    void protectedParametersNeedPermissionAndDirMustBeAnExistingDirectory() {
        Config withDisk = Config.standard(new FakeFiles());
        assertEquals("/work", withDisk.get("dir"));
        withDisk.set(List.of(new SimpleEntry<>("dir", "data")), false, true);
        assertEquals("/work/data", withDisk.get("dir"));
        ConfigException e = assertThrows(ConfigException.class,
                () -> withDisk.set(List.of(new SimpleEntry<>("dir", "/nonexistent")), false, true));
        assertEquals("ERR CONFIG SET failed (possibly related to argument 'dir') - No such file or directory", e.line());
        ConfigException filename = assertThrows(ConfigException.class,
                () -> withDisk.set(List.of(new SimpleEntry<>("dbfilename", "a/b.rdb")), false, true));
        assertEquals("ERR CONFIG SET failed (possibly related to argument 'dbfilename') - dbfilename can't be a path, "
                + "just a filename", filename.line());
    }

    @Test
    void immutableParametersAreSetAtStartup() {
        config.set(Map.of("daemonize", "yes", "replicaof", "127.0.0.1 6380"), true);
        assertTrue(config.getBool("daemonize"));
        assertEquals("127.0.0.1 6380", config.get("slaveof"));
    }

    @Test
    void rewriteWithoutAConfigFileIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class, config::rewrite);
        assertEquals("The server is running without a config file", e.getMessage());
    }

    @Test
    void rewriteKeepsCommentsReplacesChangedLinesBlanksOrphansAndAppendsTheRest() throws IOException {
        FakeFiles files = new FakeFiles();
        Config c = Config.standard(files);
        files.content.put("/work/redis.conf", """
                # my comment
                port 17393

                slave-read-only yes
                hz 20
                # another


                save 100 10
                save 200 20
                maxmemory 1mb
                include /tmp/other.conf
                rename-command KEYS ""
                bind 127.0.0.1
                notify-keyspace-events ""
                unixsocketperm 700
                bad "quotes
                """);
        c.setConfigFile("/work/redis.conf");
        c.set(Map.of("port", "17393", "slave-read-only", "yes", "hz", "20", "save", "100 10 200 20",
                "maxmemory", "1mb", "bind", "127.0.0.1", "unixsocketperm", "700"), true);
        c.set(Map.of("hz", "30", "maxmemory", "3gb", "replica-read-only", "no", "loglevel", "warning", "save", "",
                "masterauth", "a b", "client-output-buffer-limit", "pubsub 1 2 3", "maxmemory-clients", "5%",
                "notify-keyspace-events", "KEA", "latency-tracking-info-percentiles", ""), false);
        c.rewrite();
        assertEquals("""
                # my comment
                port 17393

                replica-read-only no
                hz 30
                # another

                save ""

                maxmemory 3gb
                include /tmp/other.conf
                rename-command KEYS ""
                bind 127.0.0.1
                notify-keyspace-events "AKE"
                unixsocketperm 700
                # ??? bad "quotes

                # Generated by CONFIG REWRITE
                masterauth "a b"
                loglevel warning
                maxmemory-clients 5%
                dir "/work"
                client-output-buffer-limit pubsub 1 2 3
                latency-tracking-info-percentiles ""
                user default on nopass ~* &* +@all
                """, files.content.get("/work/redis.conf"));

        c.set(Map.of("save", "1 2 3 4", "requirepass", "foo", "client-output-buffer-limit", "pubsub 32mb 8mb 60"), false);
        c.rewrite();
        String second = files.content.get("/work/redis.conf");
        assertTrue(second.contains("\nsave 1 2\n"), second);
        assertTrue(second.endsWith("""
                user default on #2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae ~* &* +@all

                requirepass "foo"
                save 3 4
                """), second);
        assertTrue(second.contains("\nclient-output-buffer-limit normal 0 0 0\n"), second);
        assertFalse(second.contains("pubsub"), second);
    }

    @Test
    void rewriteReusesTheLineOfAnAliasForItsParameter() throws IOException {
        FakeFiles files = new FakeFiles();
        Config c = Config.standard(files);
        files.content.put("/work/redis.conf", "hash-max-ziplist-entries 100\nslaveof 10.0.0.1 6379\n");
        c.setConfigFile("/work/redis.conf");
        c.set(Map.of("hash-max-ziplist-entries", "100", "slaveof", "10.0.0.1 6379"), true);
        c.set("hash-max-listpack-entries", "200");
        c.rewrite();
        assertEquals("hash-max-listpack-entries 200\nreplicaof 10.0.0.1 6379\n\n# Generated by CONFIG REWRITE\n"
                + "dir \"/work\"\nsave 3600 1\nsave 300 100\nsave 60 10000\n"
                + "latency-tracking-info-percentiles 50 99 99.9\nuser default on nopass ~* &* +@all\n",
                files.content.get("/work/redis.conf"));
    }

    @Test
    void stringsAreRewrittenQuotedWithCEscapes() {
        assertEquals("\"a \\\"b\\\"\\n\\x01\"", ConfigRewrite.quoted("a \"b\"\n\u0001"));
    }

    /** A file system of a few strings; "/work" is the working directory and "/work/data" exists. */
    static final class FakeFiles implements ConfigFiles {
        final Map<String, String> content = new HashMap<>();

        @Override
        public String read(String path) {
            return content.get(path);
        }

        @Override
        public void replace(String path, String text) {
            content.put(path, text);
        }

        @Override
        public String changeDirectory(String current, String path) {
            String target = path.equals(".") ? "/work" : path.startsWith("/") ? path : current + "/" + path;
            if (!target.equals("/work") && !target.equals("/work/data")) {
                throw new IllegalArgumentException("No such file or directory");
            }
            return target;
        }
    }
}
