package io.hexaredis.application.replication;

import static io.hexaredis.application.replication.ReplicationHarness.output;
import static io.hexaredis.application.replication.ReplicationHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Reply;
import org.junit.jupiter.api.Test;

/** The master's side: PSYNC, SYNC, REPLCONF, the stream to replicas, ROLE, INFO, WAIT, min-replicas. */
class MasterSideTest {

    private final ReplicationHarness h = new ReplicationHarness();

    /** A replica that went through a full resync (a payload with its length) and is online. */
    private Call onlineReplica(int port) {
        Call replica = h.client();
        h.run(replica, "REPLCONF", "listening-port", Integer.toString(port));
        h.run(replica, "REPLCONF", "capa", "psync2");
        h.run(replica, "PSYNC", "?", "-1");
        h.finishSnapshot();
        assertEquals("online", h.replicas.get(replica.session()).state().word());
        output(replica).clear();
        return replica;
    }

    @Test
    void aFirstReplicaCreatesTheBacklogWithANewHistoryAndWaitsForItsSnapshot() {
        String before = h.backlog.replicationId();
        Call replica = h.client();
        Reply reply = h.run(replica, "PSYNC", "?", "-1");
        assertSame(Reply.NONE, reply);
        assertTrue(h.backlog.isActive());
        assertNotEquals(before, h.backlog.replicationId());
        assertTrue(replica.session().isReplica());
        assertEquals("wait_bgsave", h.replicas.get(replica.session()).state().word());
        assertEquals(1, h.server.stats().syncFull);
        assertEquals(0, h.server.stats().syncPartialErr);
    }

    @Test
    void writesAreStreamedToOnlineReplicasAfterASelect() {
        Call replica = onlineReplica(6380);
        Call client = h.client();
        h.run(client, "SET", "k", "v");
        h.run(client, "GET", "k");
        assertEquals("*2\r\n$6\r\nSELECT\r\n$1\r\n0\r\n*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$1\r\nv\r\n", output(replica).rawText());
        assertEquals(output(replica).raw.size(), h.backlog.offset());
    }

    @Test
    void publishGoesToTheReplicasThoughItWritesNothing() {
        Call replica = onlineReplica(6380);
        h.run(h.client(), "PUBLISH", "news", "hello");
        assertEquals("*2\r\n$6\r\nSELECT\r\n$1\r\n0\r\n*3\r\n$7\r\nPUBLISH\r\n$4\r\nnews\r\n$5\r\nhello\r\n",
                output(replica).rawText());
    }

    @Test
    void aReplicaThatComesBackContinuesFromTheBacklog() {
        Call first = onlineReplica(6380);
        Call client = h.client();
        h.run(client, "SET", "a", "1");
        long offset = h.backlog.offset();
        h.close(first);
        h.run(client, "SET", "b", "2");
        Call again = h.client();
        h.run(again, "REPLCONF", "capa", "psync2");
        Reply reply = h.run(again, "PSYNC", h.backlog.replicationId(), Long.toString(offset + 1));
        assertEquals("+CONTINUE " + h.backlog.replicationId() + "\r\n*3\r\n$3\r\nSET\r\n$1\r\nb\r\n$1\r\n2\r\n", text(reply));
        assertEquals("online", h.replicas.get(again.session()).state().word());
        assertEquals(1, h.server.stats().syncPartialOk);
    }

    @Test
    void aReplicaWithoutPsync2IsNotToldTheIdInContinue() {
        onlineReplica(6380);
        Call again = h.client();
        Reply reply = h.run(again, "PSYNC", h.backlog.replicationId(), Long.toString(h.backlog.offset() + 1));
        assertEquals("+CONTINUE\r\n", text(reply));
    }

    @Test
    void anUnknownHistoryGetsAFullResyncAndCountsAsAPartialFailure() {
        onlineReplica(6380);
        Call other = h.client();
        assertSame(Reply.NONE, h.run(other, "PSYNC", "f".repeat(40), "1"));
        assertEquals(1, h.server.stats().syncPartialErr);
        assertEquals(2, h.server.stats().syncFull);
    }

    @Test
    void psyncChecksItsOffsetAndSyncIsIgnoredOnAReplicaConnection() {
        Call replica = h.client();
        assertEquals("-ERR value is not an integer or out of range", text(h.run(replica, "PSYNC", "?", "x")));
        h.run(replica, "SYNC");
        assertSame(Reply.NONE, h.run(replica, "SYNC"));
        assertSame(Reply.NONE, h.run(replica, "PSYNC", "?", "-1"));
    }

    @Test
    void syncIsRefusedWhileRepliesArePending() {
        Call replica = h.client();
        output(replica).pending = 5;
        assertEquals("-ERR SYNC and PSYNC are invalid with pending output", text(h.run(replica, "PSYNC", "?", "-1")));
        assertEquals("-ERR Command not allowed inside a transaction", text(runInMulti(replica, "SYNC")));
    }

    private Reply runInMulti(Call client, String... words) {
        output(client).pending = 0;
        h.run(client, "MULTI");
        return h.run(client, words);
    }

    @Test
    void replconfOptionsAndTheirErrors() {
        Call c = h.client();
        assertEquals("OK", text(h.run(c, "REPLCONF")));
        assertEquals("-ERR syntax error", text(h.run(c, "REPLCONF", "listening-port")));
        assertEquals("-ERR Unrecognized REPLCONF option: foo", text(h.run(c, "REPLCONF", "foo", "bar")));
        assertEquals("-ERR value is not an integer or out of range", text(h.run(c, "REPLCONF", "listening-port", "x")));
        assertEquals("-ERR value is out of range, value must between 0 and 1", text(h.run(c, "REPLCONF", "rdb-only", "2")));
        assertEquals("OK", text(h.run(c, "REPLCONF", "capa", "eof", "capa", "whatever")));
        assertEquals("OK", text(h.run(c, "REPLCONF", "rdb-filter-only", "")));
        assertEquals("OK", text(h.run(c, "REPLCONF", "rdb-filter-only", "functions")));
        assertEquals("-ERR Unsupported rdb-filter-only option: keys", text(h.run(c, "REPLCONF", "rdb-filter-only", "keys")));
        assertEquals("OK", text(h.run(c, "REPLCONF", "ip-address", "192.168.1.9", "listening-port", "7000")));
        assertEquals("-ERR REPLCONF ip-address provided by replica instance is too long: 300 bytes",
                text(h.run(c, "REPLCONF", "ip-address", "x".repeat(300))));
        // ACK and GETACK are never answered, whoever sends them.
        assertSame(Reply.NONE, h.run(c, "REPLCONF", "ACK", "10"));
        assertSame(Reply.NONE, h.run(c, "REPLCONF", "GETACK", "*"));
        h.run(c, "PSYNC", "?", "-1");
        Replica r = h.replicas.get(c.session());
        assertEquals("192.168.1.9", r.ip());
        assertEquals(7000, r.listeningPort());
        assertTrue(r.capaEof());
        assertFalse(r.capaPsync2());
    }

    @Test
    void acksMoveTheReplicaOffsetForwardOnly() {
        Call replica = onlineReplica(6380);
        h.run(replica, "REPLCONF", "ACK", "100");
        h.run(replica, "REPLCONF", "ACK", "40");
        assertEquals(100, h.replicas.get(replica.session()).ackOffset());
    }

    @Test
    void roleListsOnlineReplicasWithTheirPortsAndOffsetsAsStrings() {
        Call replica = onlineReplica(6380);
        Call waiting = h.client();
        h.run(waiting, "PSYNC", "?", "-1");
        h.run(h.client(), "SET", "k", "v");
        h.run(replica, "REPLCONF", "ACK", "31");
        assertEquals("[master, " + h.backlog.offset() + ", [[10.0.0.0, 6380, 31]]]", text(h.run(h.client(), "ROLE")));
    }

    @Test
    void infoReplicationOfAMasterWithReplicas() {
        Call replica = onlineReplica(6380);
        h.run(h.client(), "SET", "foo", "bar");
        h.run(replica, "REPLCONF", "ACK", Long.toString(h.backlog.offset()));
        h.clock.advance(3000);
        String info = h.replication.info();
        assertTrue(info.startsWith("role:master\r\nconnected_slaves:1\r\nslave0:ip=10.0.0.0,port=6380,state=online,offset=54,lag=3\r\n"
                + "master_failover_state:no-failover\r\nmaster_replid:" + h.backlog.replicationId() + "\r\n"
                + "master_replid2:0000000000000000000000000000000000000000\r\nmaster_repl_offset:54\r\n"
                + "second_repl_offset:-1\r\nrepl_backlog_active:1\r\nrepl_backlog_size:1048576\r\n"
                + "repl_backlog_first_byte_offset:1\r\nrepl_backlog_histlen:54\r\n"), info);
    }

    @Test
    void theCronPingsReplicasEveryPeriodAndSendsNewlinesToThoseWaiting() {
        Call replica = onlineReplica(6380);
        Call waiting = h.client();
        h.run(waiting, "PSYNC", "?", "-1");
        h.replication.cron();
        assertEquals("*1\r\n$4\r\nPING\r\n", output(replica).rawText());
        assertTrue(output(waiting).rawText().endsWith("\r\n\n"), output(waiting).rawText()); // +FULLRESYNC ...\r\n, then keep-alives
        output(replica).clear();
        for (int s = 1; s < 10; s++) {
            h.clock.advance(1000);
            h.replication.cron();
        }
        assertEquals("", output(replica).rawText());
        h.clock.advance(1000);
        h.replication.cron();
        assertEquals("*1\r\n$4\r\nPING\r\n", output(replica).rawText());
    }

    @Test
    void aReplicaSilentLongerThanReplTimeoutIsDisconnected() {
        Call replica = onlineReplica(6380);
        h.config.set("repl-timeout", "5");
        h.clock.advance(4000);
        h.replication.cron();
        assertFalse(output(replica).killed);
        h.clock.advance(2000);
        h.replication.cron();
        assertTrue(output(replica).killed);
    }

    @Test
    void theBacklogOfAMasterWithoutReplicasIsFreedAfterItsTtlWithANewId() {
        Call replica = onlineReplica(6380);
        h.config.set("repl-backlog-ttl", "10");
        h.close(replica);
        String id = h.backlog.replicationId();
        h.clock.advance(9000);
        h.replication.cron();
        assertTrue(h.backlog.isActive());
        h.clock.advance(2000);
        h.replication.cron();
        assertFalse(h.backlog.isActive());
        assertNotEquals(id, h.backlog.replicationId());
    }

    @Test
    void waitAnswersAtOnceWhenEnoughReplicasHaveTheWrites() {
        Call client = h.client();
        assertEquals("0", text(h.run(client, "WAIT", "0", "0")));
        Call replica = onlineReplica(6380);
        h.run(client, "SET", "k", "v");
        h.run(replica, "REPLCONF", "ACK", Long.toString(h.backlog.offset()));
        assertEquals("1", text(h.run(client, "WAIT", "1", "0")));
    }

    @Test
    void waitBlocksAsksForAcksAndAnswersWhenTheyArrive() {
        Call replica = onlineReplica(6380);
        Call client = h.client();
        h.run(client, "SET", "k", "v");
        long written = h.backlog.offset();
        assertSame(Reply.NONE, h.run(client, "WAIT", "1", "0"));
        assertTrue(client.session().blocked());
        assertFalse(output(replica).rawText().contains("GETACK"));
        h.replication.beforeSleep(); // the event loop is about to sleep: the replicas are asked
        assertEquals(written, client.session().writeOffset()); // GETACK is no write of the client's
        assertTrue(output(replica).rawText().endsWith("*3\r\n$8\r\nREPLCONF\r\n$6\r\nGETACK\r\n$1\r\n*\r\n"));
        h.run(replica, "REPLCONF", "ACK", Long.toString(written - 1));
        assertTrue(output(client).replies.isEmpty());
        h.run(replica, "REPLCONF", "ACK", Long.toString(written));
        assertEquals("[1]", output(client).replies.stream().map(ReplicationHarness::text).toList().toString());
        assertFalse(client.session().blocked());
    }

    @Test
    void waitTimesOutWithTheCountReachedSoFar() {
        onlineReplica(6380);
        Call client = h.client();
        h.run(client, "SET", "k", "v");
        h.run(client, "WAIT", "1", "500");
        h.clock.advance(499);
        h.replication.cron();
        assertTrue(output(client).replies.isEmpty());
        h.clock.advance(1);
        h.replication.cron();
        assertEquals("0", text(output(client).replies.get(0)));
    }

    @Test
    void clientUnblockReleasesAWaitWithItsCountOrAnError() {
        onlineReplica(6380);
        Call client = h.client();
        h.run(client, "SET", "k", "v");
        h.run(client, "WAIT", "1", "0");
        Call admin = h.client();
        assertEquals("1", text(h.run(admin, "CLIENT", "UNBLOCK", Long.toString(client.session().id()))));
        assertEquals("0", text(output(client).replies.get(0)));
        h.run(client, "WAIT", "1", "0");
        assertEquals("1", text(h.run(admin, "CLIENT", "UNBLOCK", Long.toString(client.session().id()), "ERROR")));
        assertEquals("-UNBLOCKED client unblocked via CLIENT UNBLOCK", text(output(client).replies.get(1)));
        assertEquals("0", text(h.run(admin, "CLIENT", "UNBLOCK", Long.toString(client.session().id()))));
    }

    @Test
    void waitInsideMultiDoesNotBlockAndWaitErrors() {
        onlineReplica(6380);
        Call client = h.client();
        h.run(client, "MULTI");
        h.run(client, "SET", "k", "v");
        h.run(client, "WAIT", "1", "0");
        // As in Redis, the transaction's writes are propagated after EXEC: WAIT inside still sees
        // the offset of the client's previous write, which the replica has.
        assertEquals("[OK, 1]", text(h.run(client, "EXEC")));
        h.run(client, "MULTI");
        h.run(client, "WAIT", "1", "0");
        assertEquals("[0]", text(h.run(client, "EXEC")));
        assertEquals("-ERR value is not an integer or out of range", text(h.run(client, "WAIT", "x", "0")));
        assertEquals("-ERR timeout is not an integer or out of range", text(h.run(client, "WAIT", "1", "1.5")));
        assertEquals("-ERR timeout is negative", text(h.run(client, "WAIT", "1", "-1")));
    }

    @Test
    void minReplicasToWriteRefusesWritesWithoutEnoughGoodReplicas() {
        h.config.set("min-replicas-to-write", "1");
        Call client = h.client();
        assertEquals("-NOREPLICAS Not enough good replicas to write.", text(h.run(client, "SET", "k", "v")));
        assertNull(text(h.run(client, "GET", "k")));
        Call replica = onlineReplica(6380);
        h.run(replica, "REPLCONF", "ACK", "0");
        h.replication.cron();
        assertEquals("OK", text(h.run(client, "SET", "k", "v")));
        assertEquals("1", h.info("min_slaves_good_slaves"));
        h.clock.advance(11_000);
        h.replication.cron();
        assertEquals("-NOREPLICAS Not enough good replicas to write.", text(h.run(client, "SET", "k", "v")));
        // Queued before the replicas went away: EXEC itself is refused, and its transaction discarded.
        h.config.set("min-replicas-to-write", "0");
        h.run(client, "MULTI");
        h.run(client, "SET", "k", "v");
        h.config.set("min-replicas-to-write", "1");
        h.replication.cron();
        assertEquals("-EXECABORT Transaction discarded because of: NOREPLICAS Not enough good replicas to write.",
                text(h.run(client, "EXEC")));
        assertEquals("-ERR EXEC without MULTI", text(h.run(client, "EXEC")));
        // Refused while queued: the transaction fails at EXEC.
        h.run(client, "MULTI");
        assertEquals("-NOREPLICAS Not enough good replicas to write.", text(h.run(client, "SET", "k", "v")));
        assertEquals("-EXECABORT Transaction discarded because of previous errors.", text(h.run(client, "EXEC")));
    }
}
