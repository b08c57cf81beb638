package io.hexaredis.application.replication;

import static io.hexaredis.application.replication.ReplicationHarness.output;
import static io.hexaredis.application.replication.ReplicationHarness.stream;
import static io.hexaredis.application.replication.ReplicationHarness.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hexaredis.application.dispatch.Call;
import org.junit.jupiter.api.Test;

/** The replica's side: REPLICAOF, the link's events, applying the stream, ACKs, promotion. */
class ReplicaSideTest {

    private static final String MASTER_ID = "a".repeat(40);

    private final ReplicationHarness h = new ReplicationHarness();
    private final ReplicaState replica = h.replication.replica();

    @Test
    void replicaofConnectsOfferingTheMastersOwnHistoryAndAnswersOk() {
        Call c = h.client();
        h.run(c, "SET", "k", "v");
        assertEquals("OK", text(h.run(c, "REPLICAOF", "10.0.0.1", "6379")));
        MasterConnector.Handshake hs = h.connector.handshakes.get(0);
        assertEquals("10.0.0.1", hs.host());
        assertEquals(6379, hs.port());
        assertEquals(6380, hs.listeningPort());
        assertEquals(h.backlog.replicationId(), hs.psyncReplid());
        assertEquals(h.backlog.offset() + 1, hs.psyncOffset());
        assertNull(hs.masterAuth());
        assertEquals("connecting", replica.state().word());
        assertEquals("10.0.0.1 6379", h.config.get("replicaof"));
        assertEquals("OK Already connected to specified master", text(h.run(c, "REPLICAOF", "10.0.0.1", "6379")));
        assertEquals(1, h.connector.handshakes.size());
    }

    @Test
    void replicaofChecksThePortAndWhoAsks() {
        Call c = h.client();
        assertEquals("-ERR Invalid master port", text(h.run(c, "REPLICAOF", "host", "x")));
        assertEquals("-ERR Invalid master port", text(h.run(c, "SLAVEOF", "host", "65536")));
        assertEquals("OK", text(h.run(c, "REPLICAOF", "no", "one")));
        Call r = h.client();
        h.run(r, "SYNC");
        assertEquals("-ERR Command is not valid when client is a replica.", text(h.run(r, "REPLICAOF", "h", "1")));
    }

    @Test
    void theHandshakeCarriesAuthAndAnnouncedAddress() {
        h.config.set("masterauth", "secret");
        h.config.set("masteruser", "repl");
        h.config.set("replica-announce-ip", "192.168.0.5");
        h.config.set("replica-announce-port", "7000");
        h.run(h.client(), "REPLICAOF", "m", "1");
        MasterConnector.Handshake hs = h.connector.handshakes.get(0);
        assertEquals("secret", hs.masterAuth());
        assertEquals("repl", hs.masterUser());
        assertEquals("192.168.0.5", hs.announceIp());
        assertEquals(7000, hs.listeningPort());
    }

    @Test
    void aFullResyncLoadsTheSnapshotAndAdoptsTheMastersHistory() {
        Call c = h.client();
        h.run(c, "SET", "old", "data");
        h.followSynchronized(MASTER_ID, 1000);
        assertEquals(1, h.loaded.size());
        assertNull(text(h.run(c, "GET", "old")));
        assertEquals(MASTER_ID, h.backlog.replicationId());
        assertEquals(1000, h.backlog.offset());
        assertEquals(1001, h.backlog.firstByteOffset());
        assertEquals("connected", replica.state().word());
        assertEquals("up", h.info("master_link_status"));
        assertEquals("1000", h.info("slave_repl_offset"));
        assertEquals("[slave, 10.0.0.1, 6379, connected, 1000]", text(h.run(c, "ROLE")));
        assertTrue(h.server.clients().all().stream().anyMatch(s -> s.isMaster()));
    }

    @Test
    void theAckAfterTheSnapshotTellsTheOffset() {
        Call operator = h.client();
        h.run(operator, "REPLICAOF", "10.0.0.1", "6379");
        ReplicationHarness.FakeLink link = h.connector.last();
        replica.onConnected(link);
        replica.onFullResync(link, MASTER_ID, 77);
        replica.onSnapshot(link, new byte[0]);
        assertEquals("*3\r\n$8\r\nREPLCONF\r\n$3\r\nACK\r\n$2\r\n77\r\n", link.sentText());
    }

    @Test
    void theStreamIsAppliedAndCountedAndWritesOfClientsAreRefused() {
        ReplicationHarness.FakeLink link = h.followSynchronized(MASTER_ID, 0);
        byte[] bytes = stream("SELECT 2", "SET k v", "INCR n");
        replica.onStream(link, bytes);
        Call c = h.client();
        h.run(c, "SELECT", "2");
        assertEquals("v", text(h.run(c, "GET", "k")));
        assertEquals(bytes.length, replica.appliedOffset());
        assertEquals(bytes.length, h.backlog.offset());
        assertEquals("-READONLY You can't write against a read only replica.", text(h.run(c, "SET", "k", "x")));
        h.config.set("replica-read-only", "no");
        assertEquals("OK", text(h.run(c, "SET", "k", "x")));
    }

    @Test
    void aMessagePublishedOnTheMasterReachesSubscribersOfTheReplica() {
        ReplicationHarness.FakeLink link = h.followSynchronized(MASTER_ID, 0);
        Call subscriber = h.client();
        h.run(subscriber, "SUBSCRIBE", "news");
        replica.onStream(link, stream("PUBLISH news hello"));
        assertEquals("[message, news, hello]", text(output(subscriber).replies.get(output(subscriber).replies.size() - 1)));
    }

    @Test
    void streamBytesMaySplitCommandsAnywhere() {
        ReplicationHarness.FakeLink link = h.followSynchronized(MASTER_ID, 0);
        byte[] bytes = stream("SET a 1", "SET b 2");
        for (byte b : bytes) {
            replica.onStream(link, new byte[] {b});
        }
        assertEquals("2", text(h.run(h.client(), "GET", "b")));
        assertEquals(bytes.length, replica.appliedOffset());
    }

    @Test
    void getackIsAnsweredWithTheOffsetBeforeIt() {
        ReplicationHarness.FakeLink link = h.followSynchronized(MASTER_ID, 100);
        byte[] set = stream("SET k v");
        replica.onStream(link, set);
        replica.onStream(link, stream("REPLCONF GETACK *"));
        assertEquals("*3\r\n$8\r\nREPLCONF\r\n$3\r\nACK\r\n$3\r\n" + (100 + set.length) + "\r\n", link.sentText());
    }

    @Test
    void theCronAcksEverySecondAndPingsDoNotWriteAnything() {
        ReplicationHarness.FakeLink link = h.followSynchronized(MASTER_ID, 5);
        replica.onStream(link, stream("PING"));
        h.clock.advance(1000);
        h.replication.cron();
        assertEquals("*3\r\n$8\r\nREPLCONF\r\n$3\r\nACK\r\n$2\r\n19\r\n", link.sentText());
        assertEquals(0, h.keyspace.totalKeys());
    }

    @Test
    void aTransactionCountsOnlyOnceItsExecArrives() {
        ReplicationHarness.FakeLink link = h.followSynchronized(MASTER_ID, 0);
        byte[] multi = stream("MULTI", "SET a 1");
        replica.onStream(link, multi);
        assertEquals(0, replica.appliedOffset());
        byte[] exec = stream("SET b 2", "EXEC");
        replica.onStream(link, exec);
        assertEquals(multi.length + exec.length, replica.appliedOffset());
        assertEquals("1", text(h.run(h.client(), "GET", "a")));
    }

    @Test
    void aLinkLostInsideATransactionResumesBeforeItsMulti() {
        ReplicationHarness.FakeLink link = h.followSynchronized(MASTER_ID, 0);
        byte[] before = stream("SELECT 1", "SET a 1");
        replica.onStream(link, before);
        replica.onStream(link, stream("MULTI", "SET b 2"));
        replica.onLinkLost(link, "connection reset");
        assertEquals("connect", replica.state().word());
        assertEquals("down", h.info("master_link_status"));
        h.clock.advance(1000);
        h.replication.cron();
        MasterConnector.Handshake retry = h.connector.handshakes.get(h.connector.handshakes.size() - 1);
        assertEquals(MASTER_ID, retry.psyncReplid());
        assertEquals(before.length + 1, retry.psyncOffset());
        // The master continues; the replica keeps its database selection from before.
        ReplicationHarness.FakeLink again = h.connector.last();
        replica.onConnected(again);
        replica.onContinue(again, MASTER_ID);
        replica.onStream(again, stream("MULTI", "SET b 2", "EXEC"));
        Call c = h.client();
        h.run(c, "SELECT", "1");
        assertEquals("2", text(h.run(c, "GET", "b")));
        assertEquals("connected", replica.state().word());
    }

    @Test
    void aContinueWithANewIdKeepsTheOldOneAsTheSecondHistory() {
        ReplicationHarness.FakeLink link = h.followSynchronized(MASTER_ID, 500);
        replica.onLinkLost(link, "gone");
        h.clock.advance(1000);
        h.replication.cron();
        ReplicationHarness.FakeLink again = h.connector.last();
        String promoted = "b".repeat(40);
        replica.onContinue(again, promoted);
        assertEquals(promoted, h.backlog.replicationId());
        assertEquals(MASTER_ID, h.backlog.replicationId2());
        assertEquals(501, h.backlog.secondReplicationOffset());
    }

    @Test
    void theMastersStreamGoesUnchangedToOurOwnReplicas() {
        ReplicationHarness.FakeLink link = h.followSynchronized(MASTER_ID, 0);
        Call sub = h.client();
        h.run(sub, "PSYNC", MASTER_ID, "1");
        output(sub).clear();
        byte[] bytes = stream("SELECT 0", "SET k v", "PING");
        replica.onStream(link, bytes);
        assertArrayEquals(bytes, output(sub).raw.toByteArray());
        // Our own writes (a writable replica) and our cron's PINGs are not part of that stream.
        h.config.set("replica-read-only", "no");
        h.run(h.client(), "SET", "local", "1");
        h.replication.cron();
        assertArrayEquals(bytes, output(sub).raw.toByteArray());
    }

    @Test
    void aReplicaRefusesToServeReplicasWhileItsLinkIsDown() {
        Call operator = h.client();
        h.run(operator, "REPLICAOF", "10.0.0.1", "6379");
        Call sub = h.client();
        assertEquals("-NOMASTERLINK Can't SYNC while not connected with my master", text(h.run(sub, "PSYNC", "?", "-1")));
    }

    @Test
    void staleDataCanBeRefusedWhileTheLinkIsDown() {
        Call c = h.client();
        h.run(c, "REPLICAOF", "10.0.0.1", "6379");
        assertNull(text(h.run(c, "GET", "k")));
        h.config.set("replica-serve-stale-data", "no");
        assertEquals("-MASTERDOWN Link with MASTER is down and replica-serve-stale-data is set to 'no'.",
                text(h.run(c, "GET", "k")));
        assertEquals("[slave, 10.0.0.1, 6379, connecting, -1]", text(h.run(c, "ROLE")));
    }

    @Test
    void timeoutsDropTheLinkAndTheCronReconnects() {
        h.config.set("repl-timeout", "5");
        Call c = h.client();
        h.run(c, "REPLICAOF", "10.0.0.1", "6379");
        h.clock.advance(6000);
        h.replication.cron();
        assertTrue(h.connector.links.get(0).closed);
        h.clock.advance(1000);
        h.replication.cron();
        assertEquals(2, h.connector.handshakes.size());
        ReplicationHarness.FakeLink link = h.connector.last();
        replica.onConnected(link);
        replica.onFullResync(link, MASTER_ID, 0);
        replica.onSnapshot(link, new byte[0]);
        h.clock.advance(6000);
        h.replication.cron();
        assertTrue(link.closed);
        assertEquals("down", h.info("master_link_status"));
    }

    @Test
    void killingTheMasterClientDropsTheLinkAndKeepsItsState() {
        ReplicationHarness.FakeLink link = h.followSynchronized(MASTER_ID, 42);
        h.server.clients().all().stream().filter(s -> s.isMaster()).findFirst().orElseThrow().output().kill();
        assertTrue(link.closed);
        assertEquals("42", h.info("slave_repl_offset"));
        assertFalse(h.server.clients().all().stream().anyMatch(s -> s.isMaster()));
    }

    @Test
    void eventsOfAnAbandonedLinkAreIgnored() {
        Call c = h.client();
        h.run(c, "REPLICAOF", "10.0.0.1", "6379");
        ReplicationHarness.FakeLink first = h.connector.last();
        h.run(c, "REPLICAOF", "10.0.0.2", "6379");
        assertTrue(first.closed);
        replica.onFullResync(first, MASTER_ID, 0);
        replica.onSnapshot(first, new byte[0]);
        assertEquals("connecting", replica.state().word());
        assertTrue(h.loaded.isEmpty());
    }

    @Test
    void promotionStartsANewHistoryKeepsTheOldAsSecondAndAcceptsWrites() {
        ReplicationHarness.FakeLink link = h.followSynchronized(MASTER_ID, 0);
        byte[] bytes = stream("SET k v");
        replica.onStream(link, bytes);
        Call sub = h.client();
        h.run(sub, "PSYNC", MASTER_ID, "1");
        Call c = h.client();
        assertEquals("OK", text(h.run(c, "REPLICAOF", "NO", "ONE")));
        assertTrue(link.closed);
        assertTrue(output(sub).killed);
        assertEquals(MASTER_ID, h.backlog.replicationId2());
        assertEquals(bytes.length + 1, h.backlog.secondReplicationOffset());
        assertEquals("master", h.info("role"));
        assertEquals("OK", text(h.run(c, "SET", "k", "w")));
        assertFalse(h.keyspace.masterControlsExpiry());
        assertEquals("", h.config.get("replicaof"));
        // A replica of the old master continues with the new one.
        Call other = h.client();
        h.run(other, "REPLCONF", "capa", "psync2");
        assertTrue(text(h.run(other, "PSYNC", MASTER_ID, Long.toString(bytes.length + 1)))
                .startsWith("+CONTINUE " + h.backlog.replicationId() + "\r\n*2\r\n$6\r\nSELECT\r\n$1\r\n0\r\n*3\r\n$3\r\nSET"));
    }

    @Test
    void infoOfAReplicaBeforeItsFirstSync() {
        replica.followAtStartup("10.0.0.1", 6379);
        String info = h.replication.info();
        assertTrue(info.startsWith("role:slave\r\nmaster_host:10.0.0.1\r\nmaster_port:6379\r\nmaster_link_status:down\r\n"
                + "master_last_io_seconds_ago:-1\r\nmaster_sync_in_progress:0\r\nslave_read_repl_offset:1\r\n"
                + "slave_repl_offset:1\r\nmaster_link_down_since_seconds:-1\r\nslave_priority:100\r\n"
                + "slave_read_only:1\r\nreplica_announced:1\r\nconnected_slaves:0\r\n"), info);
        assertEquals("?", h.connector.handshakes.get(0).psyncReplid());
        assertEquals(-1, h.connector.handshakes.get(0).psyncOffset());
    }

    @Test
    void aMasterTurnedReplicaShowsItsOwnOffsetUntilItSynchronizes() {
        h.run(h.client(), "REPLICAOF", "10.0.0.1", "6379");
        assertEquals("0", h.info("slave_repl_offset"));
        assertEquals("0", h.info("slave_read_repl_offset"));
    }

    @Test
    void waitIsRefusedOnAReplica() {
        Call c = h.client();
        h.run(c, "REPLICAOF", "10.0.0.1", "6379");
        assertTrue(text(h.run(c, "WAIT", "1", "0")).startsWith("-ERR WAIT cannot be used with replica instances."));
    }
}
