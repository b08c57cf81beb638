package io.hexaredis.application.commands.transaction;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Reply;
import org.junit.jupiter.api.Test;

class ExecCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void aTransactionThatWritesIsPropagatedWrappedInMultiExec() {
        h.run("MULTI");
        h.run("SET", "a", "1");
        h.run("GET", "a");
        h.run("SET", "b", "2");
        assertEquals("[OK, 1, OK]", text(h.run("EXEC")));
        h.assertEffects("MULTI", "SET a 1", "SET b 2", "EXEC");
    }

    @Test
    void aReadOnlyTransactionPropagatesNothing() {
        h.run("SET", "a", "1");
        h.clearEffects();
        h.run("MULTI");
        h.run("GET", "a");
        h.run("EXEC");
        h.assertEffects();
    }

    @Test
    void queuedCommandsRunOnlyAtExec() {
        h.run("MULTI");
        assertEquals("QUEUED", text(h.run("SET", "a", "1")));
        h.assertEffects();
        assertEquals(0, h.keyspace.db(0).size());
    }

    @Test
    void aKeyThatExpiresBetweenWatchAndExecFailsTheTransaction() {
        h.keyspace.db(0).set("k".getBytes(), "v".getBytes(), h.clock.millis() + 1000);
        h.run("WATCH", "k");
        h.clock.advance(2000);
        h.run("MULTI");
        h.run("SET", "other", "1");
        assertInstanceOf(Reply.Null.class, h.run("EXEC"));
    }

    @Test
    void aWriteByAnotherClientFailsTheWatcherOnly() {
        Call first = h.newClient();
        Call second = h.newClient();
        h.runAs(first, "WATCH", "k");
        h.runAs(second, "WATCH", "other");
        h.runAs(second, "SET", "k", "x");
        h.runAs(first, "MULTI");
        h.runAs(second, "MULTI");
        assertEquals(Reply.NIL_ARRAY, h.runAs(first, "EXEC"));
        assertEquals("[]", text(h.runAs(second, "EXEC")));
    }
}
