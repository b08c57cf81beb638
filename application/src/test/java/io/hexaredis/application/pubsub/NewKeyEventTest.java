package io.hexaredis.application.pubsub;

import static io.hexaredis.application.CommandHarness.sent;
import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.dispatch.Call;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The "new" keyspace event (class n, which "A" does not include): published whenever a key is added
 * to a database, before the event of the command that added it, as Redis's dbAdd() does.
 */
class NewKeyEventTest {

    private final CommandHarness h = new CommandHarness();

    @BeforeEach
    void recordNewKeys() {
        h.recordNewKeys = true;
    }

    @Test
    void creatingAKeyIsNewOverwritingItIsNot() {
        h.run("SET", "k", "v");
        h.run("SET", "k", "w");
        h.run("RPUSH", "l", "a");
        h.run("RPUSH", "l", "b");
        h.assertNotifications("new k", "set k", "set k", "new l", "rpush l", "rpush l");
    }

    @Test
    void aKeyWrittenAfterItExpiredIsNewAgain() {
        h.run("SET", "k", "v", "PX", "10");
        h.clock.advance(10);
        h.clearRecords();
        h.run("INCR", "k");
        h.assertNotifications("expired k", "new k", "incrby k");
    }

    @Test
    void theDestinationOfRenameAndCopyReplaceIsAlwaysNew() {
        h.run("MSET", "a", "1", "b", "2", "c", "3");
        h.clearRecords();
        h.run("RENAME", "a", "b");
        h.run("COPY", "b", "c", "REPLACE");
        h.run("COPY", "b", "c");
        h.assertNotifications("new b", "rename_from a", "rename_to b", "new c", "copy_to c");
    }

    @Test
    void moveAddsTheKeyToTheTargetDatabase() {
        h.run("SET", "k", "v");
        h.clearRecords();
        h.run("MOVE", "k", "1");
        h.assertNotifications("db 1: new k", "move_from k", "db 1: move_to k");
    }

    @Test
    void publishedOnlyWhenClassNIsOn() {
        Call sub = h.newClient();
        h.runAs(sub, "SUBSCRIBE", "__keyevent@0__:new");
        Call writer = h.newClient();
        h.config.set("notify-keyspace-events", "KEA");
        h.runAs(writer, "SET", "a", "1");
        assertEquals(1, sent(sub).size(), "A does not include n");
        h.config.set("notify-keyspace-events", "En");
        h.runAs(writer, "SET", "b", "1");
        assertEquals("[message, __keyevent@0__:new, b]", text(sent(sub).get(1)));
    }
}
