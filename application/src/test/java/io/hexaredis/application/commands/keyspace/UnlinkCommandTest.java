package io.hexaredis.application.commands.keyspace;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;

class UnlinkCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void deletesLikeDelAndIsPropagatedAsUnlink() {
        h.run("SET", "a", "1");
        h.clearRecords();
        assertEquals("1", text(h.run("UNLINK", "a", "b")));
        assertEquals(0, h.keyspace.db(0).size());
        h.assertEffects("UNLINK a b");
        h.assertNotifications("del a");
    }

    @Test
    void needsAtLeastOneKey() {
        assertEquals("-ERR wrong number of arguments for 'unlink' command", text(h.run("UNLINK")));
    }
}
