package io.hexaredis.application.commands.keyspace;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;
import io.hexaredis.domain.keyspace.ValueType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScanCommandTest {

    private final CommandHarness h = new CommandHarness();

    /** Runs a whole scan with the given options; returns every key answered, in order. */
    private List<String> scanAll(String... options) {
        List<String> keys = new ArrayList<>();
        String cursor = "0";
        do {
            String[] words = new String[options.length + 2];
            words[0] = "SCAN";
            words[1] = cursor;
            System.arraycopy(options, 0, words, 2, options.length);
            Reply.Array reply = (Reply.Array) h.run(words);
            cursor = text(reply.items().get(0));
            for (Reply k : ((Reply.Array) reply.items().get(1)).items()) {
                keys.add(new String(((Reply.Bulk) k).bytes(), StandardCharsets.UTF_8));
            }
        } while (!cursor.equals("0"));
        return keys;
    }

    @Test
    void aFullIterationReturnsEveryKey() {
        for (int i = 0; i < 1000; i++) {
            h.run("SET", "key:" + i, "v");
        }
        assertEquals(1000, new HashSet<>(scanAll()).size());
        assertEquals(1000, new HashSet<>(scanAll("COUNT", "100")).size());
    }

    @Test
    void oneCallCollectsAboutCountKeys() {
        for (int i = 0; i < 1000; i++) {
            h.run("SET", "key:" + i, "v");
        }
        Reply.Array reply = (Reply.Array) h.run("SCAN", "0", "COUNT", "100");
        int n = ((Reply.Array) reply.items().get(1)).items().size();
        assertTrue(n >= 100 && n < 130, "answered " + n);
        assertTrue(!text(reply.items().get(0)).equals("0"));
    }

    @Test
    void matchAndTypeFilterTheCollectedKeys() {
        for (int i = 0; i < 50; i++) {
            h.run("SET", "user:" + i, "v");
            h.run("SET", "item:" + i, "v");
        }
        h.keyspace.db(0).set("user:list".getBytes(), new FakeList(ValueType.LIST, "x"));
        List<String> users = scanAll("MATCH", "user:*");
        assertEquals(51, users.size());
        assertTrue(users.stream().allMatch(k -> k.startsWith("user:")));
        assertEquals(List.of("user:list"), scanAll("TYPE", "list"));
        assertEquals(List.of("user:list"), scanAll("type", "LIST", "match", "user:*", "count", "7"));
        assertEquals(100, scanAll("TYPE", "string").size());
        assertEquals(List.of(), scanAll("TYPE", "nosuchtype"));
    }

    @Test
    void expiredKeysAreLeftOutAndDeleted() {
        h.run("SET", "live", "v");
        h.run("SET", "dead", "v");
        h.run("PEXPIRE", "dead", "10");
        h.clearRecords();
        h.clock.advance(10);
        assertEquals(List.of("live"), scanAll());
        assertEquals(1, h.keyspace.db(0).size());
        h.assertEffects("DEL dead");
        h.assertNotifications("expired dead");
    }

    @Test
    void keysPresentThroughoutAreReturnedWhileOthersComeAndGo() {
        for (int i = 0; i < 100; i++) {
            h.run("SET", "stay:" + i, "v");
        }
        Set<String> seen = new HashSet<>();
        String cursor = "0";
        int call = 0;
        do {
            Reply.Array reply = (Reply.Array) h.run("SCAN", cursor, "COUNT", "5");
            cursor = text(reply.items().get(0));
            for (Reply k : ((Reply.Array) reply.items().get(1)).items()) {
                seen.add(new String(((Reply.Bulk) k).bytes(), StandardCharsets.UTF_8));
            }
            call++;
            if (call == 3) {
                for (int i = 0; i < 3000; i++) {
                    h.run("SET", "tmp:" + i, "v");
                }
            } else if (call == 40) {
                for (int i = 0; i < 3000; i++) {
                    h.run("DEL", "tmp:" + i);
                }
            }
        } while (!cursor.equals("0"));
        for (int i = 0; i < 100; i++) {
            assertTrue(seen.contains("stay:" + i), "stay:" + i + " missing");
        }
    }

    @Test
    void anEmptyDatabaseAnswersCursorZeroAndNoKeys() {
        assertEquals("[0, []]", text(h.run("SCAN", "0")));
    }

    @Test
    void optionErrorsAreRedis() {
        assertEquals("-ERR invalid cursor", text(h.run("SCAN", "abc")));
        assertEquals("-ERR syntax error", text(h.run("SCAN", "0", "COUNT", "0")));
        assertEquals("-ERR syntax error", text(h.run("SCAN", "0", "COUNT", "-1")));
        assertEquals("-ERR value is not an integer or out of range", text(h.run("SCAN", "0", "COUNT", "x")));
        assertEquals("-ERR syntax error", text(h.run("SCAN", "0", "MATCH")));
        assertEquals("-ERR syntax error", text(h.run("SCAN", "0", "FOO", "bar")));
        assertEquals("-ERR wrong number of arguments for 'scan' command", text(h.run("SCAN")));
    }

    @Test
    void theCursorIsParsedAsStrtoulDoes() {
        assertEquals(0, ScanCommand.parseCursor("0".getBytes()));
        assertEquals(0, ScanCommand.parseCursor("00".getBytes()));
        assertEquals(0, ScanCommand.parseCursor("".getBytes()));
        assertEquals(5, ScanCommand.parseCursor("+5".getBytes()));
        assertEquals(-1L, ScanCommand.parseCursor("-1".getBytes()));
        assertEquals(-1L, ScanCommand.parseCursor("18446744073709551615".getBytes()));
        for (String bad : new String[] {"18446744073709551616", "99999999999999999999", " 1", "1 ", "1x", "+", "-", "0x10"}) {
            assertThrows(RedisError.class, () -> ScanCommand.parseCursor(bad.getBytes()), bad);
        }
    }
}
