package io.hexaredis.application.blocking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hexaredis.application.CommandHarness.RecordingOutput;
import io.hexaredis.application.server.ClientSession;
import io.hexaredis.domain.bytes.Bytes;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.keyspace.Databases;
import io.hexaredis.domain.keyspace.ValueType;
import io.hexaredis.domain.list.RedisList;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry on its own, with a context of plain strings: what sorted sets will reuse. */
class BlockedClientsTest {

    private final Databases keyspace = new Databases(16);
    private final BlockedClients<String> blocked = new BlockedClients<>(keyspace);
    private final List<String> served = new ArrayList<>();
    private long nextId = 1;

    private ClientSession session() {
        return new ClientSession(nextId++, "127.0.0.1:1", "127.0.0.1:6379", 9, 0, new RecordingOutput());
    }

    private BlockedClient<String> client(ClientSession s, String name, long timeoutAt, ValueType type, String... keys) {
        List<Bytes> k = new ArrayList<>();
        for (String key : keys) {
            k.add(Bytes.ofAscii(key));
        }
        return new BlockedClient<>(s, name, 0, k, type, timeoutAt, (ctx, key) -> {
            served.add(ctx + "<-" + new String(key));
            return Reply.OK;
        }, Reply.NIL_ARRAY);
    }

    private void list(String key, String... elements) {
        RedisList l = new RedisList(-2);
        for (String e : elements) {
            l.pushTail(e.getBytes());
        }
        keyspace.db(0).set(key.getBytes(), l);
    }

    private void serve() {
        blocked.handleClientsBlockedOnKeys((c, key) -> c.operation().serve(c.context(), key), 0);
    }

    @Test
    void aKeyIsServedOnlyWhenItHoldsANonEmptyValueOfTheTypeWaitedFor() {
        ClientSession s = session();
        blocked.block(client(s, "z", 0, ValueType.ZSET, "k"));
        list("k", "a");
        blocked.signalKeyAsReady(0, "k".getBytes());
        serve();
        assertEquals(List.of(), served, "a list does not serve a sorted-set waiter");
        assertTrue(s.blocked());
    }

    @Test
    void signalsForKeysNobodyWaitsOnAreIgnored() {
        blocked.signalKeyAsReady(0, "k".getBytes());
        assertFalse(blocked.hasReadyKeys());
        blocked.block(client(session(), "a", 0, ValueType.LIST, "k"));
        blocked.signalKeyAsReady(1, "k".getBytes());
        blocked.signalKeyAsReady(0, "other".getBytes());
        assertFalse(blocked.hasReadyKeys());
        blocked.signalKeyAsReady(0, "k".getBytes());
        assertTrue(blocked.hasReadyKeys());
    }

    @Test
    void servedInBlockingOrderAndRemovedFromAllTheirKeys() {
        ClientSession s1 = session();
        ClientSession s2 = session();
        blocked.block(client(s1, "first", 0, ValueType.LIST, "k", "j"));
        blocked.block(client(s2, "second", 0, ValueType.LIST, "k"));
        list("k", "a");
        blocked.signalKeyAsReady(0, "k".getBytes());
        blocked.signalKeyAsReady(0, "j".getBytes());
        serve();
        // the operation here does not pop, so the key stays ready for the second client too
        assertEquals(List.of("first<-k", "second<-k"), served);
        assertEquals(0, blocked.count());
        assertFalse(s1.blocked());
        assertEquals(List.of(Reply.OK), ((RecordingOutput) s1.output()).sent);
    }

    @Test
    void timeoutsFireInOrderAndTheNextOneIsKnown() {
        ClientSession late = session();
        ClientSession early = session();
        blocked.block(client(late, "late", 2000, ValueType.LIST, "k"));
        blocked.block(client(early, "early", 1000, ValueType.LIST, "k"));
        blocked.block(client(session(), "never", 0, ValueType.LIST, "k"));
        assertEquals(1000, blocked.nextTimeout());
        assertEquals(2, blocked.countWithTimeout());
        blocked.handleTimeouts(1001);
        assertFalse(early.blocked());
        assertTrue(late.blocked());
        assertEquals(List.of(Reply.NIL_ARRAY), ((RecordingOutput) early.output()).sent);
        assertEquals(2000, blocked.nextTimeout());
        assertEquals(2, blocked.count());
    }

    @Test
    void aRemovedClientIsNeitherServedNorTimedOut() {
        ClientSession s = session();
        blocked.block(client(s, "gone", 10, ValueType.LIST, "k"));
        blocked.remove(s);
        list("k", "a");
        blocked.signalKeyAsReady(0, "k".getBytes());
        serve();
        blocked.handleTimeouts(100);
        assertEquals(List.of(), served);
        assertEquals(List.of(), ((RecordingOutput) s.output()).sent);
        assertEquals(0, blocked.count());
    }

    @Test
    void flushOrSwapOfADatabaseSignalsItsWaitedKeys() {
        blocked.block(client(session(), "a", 0, ValueType.LIST, "k"));
        blocked.signalDatabase(0);
        assertTrue(blocked.hasReadyKeys());
    }
}
