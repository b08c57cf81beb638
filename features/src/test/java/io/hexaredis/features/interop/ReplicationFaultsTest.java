package io.hexaredis.features.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/**
 * Faults between two of our servers: a master that restarts (and so comes back with a new
 * replication id) and a replica process that restarts. Each must end with the replica holding
 * exactly the master's dataset, reached by a full resynchronization.
 */
class ReplicationFaultsTest {

    @BeforeEach
    void startsItsOwnServers() {
        Assumptions.assumeFalse(InteropServer.isExternal(), "replication tests start their own servers");
    }

    @Test
    void aReplicaFollowsItsMasterThroughARestartWithANewReplicationId() throws IOException {
        Path dir = Files.createTempDirectory("hexaredis-master");
        String port = Integer.toString(freePort());
        InteropServer master = InteropServer.start("--port", port, "--dir", dir.toString());
        try (InteropServer replica = InteropServer.start("--replicaof", InteropServer.HOST + " " + port);
                Jedis r = new Jedis(InteropServer.HOST, replica.port(), 5000)) {
            String firstId;
            try (Jedis m = new Jedis(InteropServer.HOST, master.port(), 5000)) {
                write(m, "before", 500);
                awaitInSync(m, r);
                assertEquals(dataset(m), dataset(r));
                firstId = field(m.info("replication"), "master_replid");
                m.save();
            }
            master.close();
            master = InteropServer.start("--port", port, "--dir", dir.toString());
            try (Jedis m = new Jedis(InteropServer.HOST, master.port(), 5000)) {
                assertNotEquals(firstId, field(m.info("replication"), "master_replid"), "a restarted master has a new id");
                write(m, "after", 300);
                m.del("before:1");
                awaitInSync(m, r);
                assertEquals(dataset(m), dataset(r));
                assertEquals(500 + 4 + 300 + 4 - 1, r.dbSize());
            }
        } finally {
            master.close();
        }
    }

    @Test
    void aReplicaThatRestartsCatchesUpWithWhatItMissed() {
        try (InteropServer master = InteropServer.start();
                Jedis m = new Jedis(InteropServer.HOST, master.port(), 5000)) {
            String replicaOf = InteropServer.HOST + " " + master.port();
            try (InteropServer replica = InteropServer.start("--replicaof", replicaOf);
                    Jedis r = new Jedis(InteropServer.HOST, replica.port(), 5000)) {
                write(m, "first", 400);
                m.set("acknowledged", "yes");
                assertEquals(1, m.waitReplicas(1, 5000), "WAIT counts the replica's acknowledgement");
                awaitInSync(m, r);
                assertEquals(dataset(m), dataset(r));
            }
            write(m, "while-down", 400);
            m.del("first:7");
            try (InteropServer replica = InteropServer.start("--replicaof", replicaOf);
                    Jedis r = new Jedis(InteropServer.HOST, replica.port(), 5000)) {
                awaitInSync(m, r);
                assertEquals(dataset(m), dataset(r));
                assertEquals(400 + 4 + 1 + 400 + 4 - 1, r.dbSize());
                assertEquals("yes", r.get("acknowledged"), "a write acknowledged by WAIT survives the replica's restart");
            }
        }
    }

    @Test
    void aMasterStoppedInTheMiddleOfAFullSyncIsFollowedAgainAfterItsRestart() throws IOException {
        Path dir = Files.createTempDirectory("hexaredis-master");
        String port = Integer.toString(freePort());
        InteropServer master = InteropServer.start("--port", port, "--dir", dir.toString());
        try (Jedis m = new Jedis(InteropServer.HOST, master.port(), 5000)) {
            redis.clients.jedis.Pipeline p = m.pipelined();
            String big = "x".repeat(2048);
            for (int i = 0; i < 20_000; i++) {
                p.set("big:" + i, big + i);
            }
            p.sync();
            m.save();
        }
        try (InteropServer replica = InteropServer.start("--replicaof", InteropServer.HOST + " " + port);
                Jedis r = new Jedis(InteropServer.HOST, replica.port(), 5000)) {
            for (int i = 0; i < 400 && !r.info("replication").contains("master_sync_in_progress:1"); i++) {
                RealRedis.sleep(5);
            }
            master.close(); // while the payload is on its way, if the sync had not finished already
            master = InteropServer.start("--port", port, "--dir", dir.toString());
            try (Jedis m = new Jedis(InteropServer.HOST, master.port(), 5000)) {
                m.set("after-restart", "1");
                awaitInSync(m, r);
                assertEquals(20_001, r.dbSize());
                assertEquals(m.get("big:19999"), r.get("big:19999"));
                assertEquals("1", r.get("after-restart"));
            }
        } finally {
            master.close();
        }
    }

    private static void write(Jedis m, String prefix, int n) {
        for (int i = 0; i < n; i++) {
            m.set(prefix + ":" + i, "v" + i);
        }
        m.rpush(prefix + ":list", "a", "b", "c");
        m.hset(prefix + ":hash", Map.of("f", "1", "g", "2"));
        m.sadd(prefix + ":set", "x", "y");
        m.zadd(prefix + ":zset", 1.5, "m");
        m.pexpire(prefix + ":0", 600_000);
    }

    /** Every key of db 0 with its type and value, in key order: what both sides must agree on. */
    private static Map<String, String> dataset(Jedis j) {
        Map<String, String> all = new TreeMap<>();
        for (String key : new TreeSet<>(j.keys("*"))) {
            String type = j.type(key);
            String value = switch (type) {
                case "string" -> j.get(key);
                case "list" -> j.lrange(key, 0, -1).toString();
                case "hash" -> new TreeMap<>(j.hgetAll(key)).toString();
                case "set" -> new TreeSet<>(j.smembers(key)).toString();
                case "zset" -> j.zrangeWithScores(key, 0, -1).toString();
                default -> type;
            };
            all.put(key, type + " " + value + (j.pttl(key) > 0 ? " (ttl)" : ""));
        }
        return all;
    }

    private static void awaitInSync(Jedis master, Jedis replica) {
        for (int i = 0; i < 600; i++) {
            String info = replica.info("replication");
            if (info.contains("master_link_status:up")
                    && field(info, "slave_repl_offset").equals(field(master.info("replication"), "master_repl_offset"))) {
                return;
            }
            RealRedis.sleep(25);
        }
        assertTrue(false, "replica never caught up: " + replica.info("replication") + "\nmaster: " + master.info("replication"));
    }

    private static String field(String info, String name) {
        for (String line : info.split("\r\n")) {
            if (line.startsWith(name + ":")) {
                return line.substring(name.length() + 1);
            }
        }
        return "";
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
