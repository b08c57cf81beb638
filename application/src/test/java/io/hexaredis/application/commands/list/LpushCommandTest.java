package io.hexaredis.application.commands.list;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.domain.list.RedisList;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LpushCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void pushesEachElementAtTheHeadInTurnAndRepliesTheLength() {
        assertEquals("3", text(h.run("LPUSH", "l", "a", "b", "c")));
        assertEquals("4", text(h.run("LPUSH", "l", "d")));
        assertEquals("[d, c, b, a]", text(h.run("LRANGE", "l", "0", "-1")));
        h.assertEffects("LPUSH l a b c", "LPUSH l d");
    }

    @Test
    void aKeyOfAnotherTypeIsWrongtype() {
        h.run("SET", "s", "v");
        assertEquals("-WRONGTYPE Operation against a key holding the wrong kind of value", text(h.run("LPUSH", "s", "a")));
    }

    @Test
    void createsAQuicklistWithTheConfiguredNodeSize() {
        h.config.set("list-max-listpack-size", "2");
        h.run("LPUSH", "l", "a", "b", "c", "d", "e");
        RedisList list = h.keyspace.db(0).get("l".getBytes(StandardCharsets.UTF_8), RedisList.class, h.clock.millis());
        assertEquals(3, list.nodeCount());
        assertEquals("quicklist", list.encoding());
        h.config.set("list-max-ziplist-size", "-2");
        assertEquals("-2", h.config.get("list-max-listpack-size"));
    }
}
