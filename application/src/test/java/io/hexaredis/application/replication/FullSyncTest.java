package io.hexaredis.application.replication;

import static io.hexaredis.application.replication.ReplicationHarness.output;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hexaredis.application.dispatch.Call;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Full resynchronization: +FULLRESYNC, the shared snapshot, its framing, and the stream after it. */
class FullSyncTest {

    private final ReplicationHarness h = new ReplicationHarness();

    private Call replica(String... capas) {
        Call replica = h.client();
        for (String capa : capas) {
            h.run(replica, "REPLCONF", "capa", capa);
        }
        return replica;
    }

    private String state(Call replica) {
        return h.replicas.get(replica.session()).state().word();
    }

    @Test
    void aLengthPrefixedPayloadThenTheStreamFromTheSnapshotsOffset() {
        Call c = h.client();
        h.run(c, "SET", "a", "1");
        Call replica = replica("psync2");
        h.run(replica, "PSYNC", "?", "-1");
        String id = h.backlog.replicationId();
        assertEquals("+FULLRESYNC " + id + " 0\r\n", output(replica).rawText());
        assertEquals("wait_bgsave", state(replica));
        h.run(c, "SET", "b", "2"); // written while the snapshot is taken: not in it, sent after it
        h.finishSnapshot();
        String expected = "+FULLRESYNC " + id + " 0\r\n$11\r\nRDB[0/a]\r\n".replace("\r\n$11", "\r\n$8").replace("]\r\n", "]")
                + "*2\r\n$6\r\nSELECT\r\n$1\r\n0\r\n*3\r\n$3\r\nSET\r\n$1\r\nb\r\n$1\r\n2\r\n";
        assertEquals(expected, output(replica).rawText());
        assertEquals("online", state(replica));
        assertEquals(1, h.server.stats().syncFull);
    }

    @Test
    void withCapaEofADisklessPayloadEndsWithItsMarkAndTheStreamWaitsForTheFirstAck() {
        Call replica = replica("eof", "psync2");
        h.run(replica, "PSYNC", "?", "-1");
        h.run(h.client(), "SET", "k", "v");
        h.finishSnapshot();
        Matcher m = Pattern.compile("\\+FULLRESYNC [0-9a-f]{40} 0\r\n\\$EOF:([0-9a-zA-Z]{40})\r\nRDB\\[\\]\\1")
                .matcher(output(replica).rawText());
        assertTrue(m.matches(), output(replica).rawText());
        assertEquals("online", state(replica));
        h.run(replica, "REPLCONF", "ACK", "0");
        assertTrue(output(replica).rawText().endsWith("$3\r\nSET\r\n$1\r\nk\r\n$1\r\nv\r\n"));
    }

    @Test
    void withDisklessSyncOffTheLengthFramingIsUsedEvenWithCapaEof() {
        h.config.set("repl-diskless-sync", "no");
        Call replica = replica("eof", "psync2");
        h.run(replica, "PSYNC", "?", "-1");
        h.finishSnapshot();
        assertTrue(output(replica).rawText().endsWith("\r\n$5\r\nRDB[]"), output(replica).rawText());
    }

    @Test
    void aReplicaArrivingDuringTheSnapshotSharesItAndGetsTheStreamSinceItsStart() {
        h.config.set("rdb-key-save-delay", "20000"); // 20 ms per key: the snapshot takes a while
        Call c = h.client();
        h.run(c, "SET", "a", "1");
        Call first = replica("psync2");
        h.run(first, "PSYNC", "?", "-1");
        h.run(c, "SET", "b", "2");
        Call second = replica("psync2");
        h.run(second, "PSYNC", "?", "-1");
        h.run(c, "SET", "c", "3");
        h.finishSnapshot();
        assertEquals(output(first).rawText(), output(second).rawText());
        assertTrue(output(second).rawText().contains("RDB[0/a]*2\r\n$6\r\nSELECT"), output(second).rawText());
        assertTrue(output(second).rawText().endsWith("$1\r\nc\r\n$1\r\n3\r\n"));
    }

    @Test
    void theOldSyncGetsThePayloadWithoutFullresync() {
        Call replica = h.client();
        h.run(replica, "SYNC");
        h.finishSnapshot();
        assertEquals("$5\r\nRDB[]", output(replica).rawText());
        assertTrue(h.replicas.get(replica.session()).oldProtocol());
    }

    @Test
    void rdbOnlyClientsGetTheSnapshotAndAreDisconnected() {
        Call replica = h.client();
        h.run(replica, "REPLCONF", "rdb-only", "1");
        h.run(replica, "PSYNC", "?", "-1");
        h.run(h.client(), "SET", "k", "v");
        h.finishSnapshot();
        assertTrue(output(replica).rawText().endsWith("$5\r\nRDB[]"));
        assertTrue(output(replica).killed);
    }

    @Test
    void aFilteredReplicaGetsASnapshotWithoutKeysAtOnceAndNeedsCapaEof() {
        h.run(h.client(), "SET", "k", "v");
        Call noEof = h.client();
        h.run(noEof, "REPLCONF", "rdb-filter-only", "");
        assertEquals("-ERR Filtered replica requires EOF capability", ReplicationHarness.text(h.run(noEof, "PSYNC", "?", "-1")));
        Call cli = replica("eof");
        h.run(cli, "REPLCONF", "rdb-filter-only", "");
        h.run(cli, "PSYNC", "?", "-1");
        assertFalse(h.fullSync.inProgress());
        assertTrue(output(cli).rawText().matches("\\+FULLRESYNC [0-9a-f]{40} 0\r\n\\$EOF:(\\w{40})\r\nRDB\\[\\]\\1"),
                output(cli).rawText());
        h.replication.beforeSleep();
        h.run(cli, "REPLCONF", "ACK", "0");
        h.run(h.client(), "SET", "after", "1");
        assertTrue(output(cli).rawText().endsWith("$5\r\nafter\r\n$1\r\n1\r\n"));
    }

    @Test
    void aFailedSnapshotDisconnectsItsReplicas() {
        h.store.fail = true;
        Call replica = h.client();
        h.run(replica, "PSYNC", "?", "-1");
        h.finishSnapshot();
        assertTrue(output(replica).killed);
    }

    @Test
    void theStreamWaitsUntilThePayloadIsWrittenToTheConnection() {
        Call replica = replica("psync2");
        h.run(replica, "PSYNC", "?", "-1");
        output(replica).pending = 100; // the socket has not taken the payload yet
        h.finishSnapshot();
        assertEquals("send_bulk", state(replica));
        h.run(h.client(), "SET", "k", "v");
        assertFalse(output(replica).rawText().contains("SET"));
        output(replica).pending = 0;
        h.replication.beforeSleep();
        assertEquals("online", state(replica));
        assertTrue(output(replica).rawText().contains("SET"));
    }

    @Test
    void aReplicaWaitsWhileAnotherBackgroundJobRunsThenGetsItsSnapshot() {
        h.config.set("rdb-key-save-delay", "50000");
        h.run(h.client(), "SET", "a", "1");
        h.persistence.startBgsave();
        Call replica = replica("psync2");
        h.run(replica, "PSYNC", "?", "-1");
        assertEquals("", output(replica).rawText());
        for (int i = 0; i < 400 && h.persistence.hasActiveChild(); i++) {
            h.persistence.serverCron();
            ReplicationHarness.pause();
        }

        h.replication.cron();
        // A newline first (keeping the replica's read alive while it waited), then +FULLRESYNC at the
        // offset after the cron's PING.
        assertTrue(output(replica).rawText().matches("\n\\+FULLRESYNC [0-9a-f]{40} 14\r\n"), output(replica).rawText());
        h.finishSnapshot();
        assertEquals("online", state(replica));
    }
}
