package io.hexaredis.application.commands.keyspace;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.domain.command.Reply;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class KeysCommandTest {

    private final CommandHarness h = new CommandHarness();

    private TreeSet<String> keys(String pattern) {
        Reply.Array reply = (Reply.Array) h.run("KEYS", pattern);
        return reply.items().stream().map(r -> new String(((Reply.Bulk) r).bytes(), StandardCharsets.UTF_8))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void matchesTheGlobPattern() {
        for (String k : List.of("hello", "hallo", "hxllo", "hllo", "heeeello", "a*b", "foo")) {
            h.run("SET", k, "1");
        }
        assertEquals(7, keys("*").size());
        assertEquals(List.of("hallo", "hello", "hxllo"), List.copyOf(keys("h?llo")));
        assertEquals(List.of("hallo", "heeeello", "hello", "hllo", "hxllo"), List.copyOf(keys("h*llo")));
        assertEquals(List.of("hallo", "hello"), List.copyOf(keys("h[ae]llo")));
        assertEquals(List.of("hxllo"), List.copyOf(keys("h[^ae]llo")));
        assertEquals(List.of("hallo", "hello"), List.copyOf(keys("h[a-e]llo")));
        assertEquals(List.of("a*b"), List.copyOf(keys("a\\*b")));
        assertEquals(List.of(), List.copyOf(keys("nothing*")));
    }

    @Test
    void leavesOutExpiredKeysWithoutDeletingThem() {
        h.run("SET", "live", "1");
        h.run("SET", "dead", "1");
        h.run("PEXPIRE", "dead", "10");
        h.clearRecords();
        h.clock.advance(10);
        assertEquals("[live]", text(h.run("KEYS", "*")));
        assertEquals(2, h.keyspace.db(0).size());
        h.assertEffects();
    }

    @Test
    void seesOnlyTheSelectedDatabase() {
        h.run("SET", "zero", "1");
        h.run("SELECT", "1");
        h.run("SET", "one", "1");
        assertEquals("[one]", text(h.run("KEYS", "*")));
    }
}
