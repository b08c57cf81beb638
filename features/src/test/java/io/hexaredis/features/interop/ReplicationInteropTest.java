package io.hexaredis.features.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Assumptions;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.Transaction;
import redis.clients.jedis.resps.Tuple;

/**
 * Replication between this server and a real redis-server 7.0, in both directions: the PSYNC2
 * protocol, the snapshot formats (a length-prefixed payload and a diskless one ended by a mark),
 * the stream of every data type, partial resynchronization after the link is cut from either end
 * (CLIENT KILL TYPE master on the replica, CLIENT KILL TYPE replica on the master), and WAIT
 * counting the other side's acknowledgements. Skipped, saying why, where redis-server is not
 * installed.
 */
class ReplicationInteropTest {

    /** Whether this server has sorted sets yet: the data sets use them only then. */
    private static final boolean SORTED_SETS = io.hexaredis.application.commands.StandardCommands.table()
            .lookup("zadd".getBytes()) != null;

    @BeforeEach
    void needsRedisServer() {
        Assumptions.assumeTrue(RealRedis.SERVER.installed(),
                "redis-server not installed: install the Debian package redis-server to run this test");
        Assumptions.assumeFalse(InteropServer.isExternal(), "replication tests start their own servers");
    }

    @Test
    void ourReplicaFollowsARealMaster() {
        try (RealRedis master = RealRedis.start("--repl-diskless-sync", "yes", "--repl-diskless-sync-delay", "0");
                Jedis m = master.client()) {
            fill(m, "before");
            try (InteropServer replica = InteropServer.start("--replicaof", InteropServer.HOST + " " + master.port());
                    Jedis r = new Jedis(InteropServer.HOST, replica.port(), 5000)) {
                awaitInSync(m, r);
                assertEquals(dataset(m), dataset(r));
                assertEquals("slave", r.role().get(0));

                workload(m, "stream");
                awaitInSync(m, r);
                assertEquals(dataset(m), dataset(r));

                // The replica cuts the link: it comes back with PSYNC and gets only what it missed.
                long partialBefore = infoLong(m, "stats", "sync_partial_ok");
                r.sendCommand(() -> "CLIENT".getBytes(), "KILL", "TYPE", "master");
                workload(m, "after-replica-cut");
                awaitInSync(m, r);
                assertEquals(dataset(m), dataset(r));
                assertEquals(partialBefore + 1, infoLong(m, "stats", "sync_partial_ok"));

                // The master cuts it: the same.
                m.sendCommand(() -> "CLIENT".getBytes(), "KILL", "TYPE", "replica");
                workload(m, "after-master-cut");
                awaitInSync(m, r);
                assertEquals(dataset(m), dataset(r));
                assertEquals(partialBefore + 2, infoLong(m, "stats", "sync_partial_ok"));
                assertEquals(1, infoLong(m, "stats", "sync_full"));

                // Our acknowledgements satisfy the real master's WAIT.
                m.set("waited", "1");
                assertEquals(1L, m.waitReplicas(1, 2000));
            }
        }
    }

    @Test
    void aRealReplicaFollowsOurMasterWithADisklessPayload() {
        realReplicaOfOurs("yes");
    }

    @Test
    void aRealReplicaFollowsOurMasterWithALengthPrefixedPayload() {
        realReplicaOfOurs("no");
    }

    private void realReplicaOfOurs(String diskless) {
        try (InteropServer ours = InteropServer.start("--repl-diskless-sync", diskless);
                Jedis m = new Jedis(InteropServer.HOST, ours.port(), 5000)) {
            fill(m, "before");
            try (RealRedis replica = RealRedis.start("--replicaof", InteropServer.HOST, Integer.toString(ours.port()));
                    Jedis r = replica.client()) {
                awaitInSync(m, r, replica);
                assertEquals(dataset(m), dataset(r));

                workload(m, "stream");
                awaitInSync(m, r, replica);
                assertEquals(dataset(m), dataset(r));

                m.sendCommand(() -> "CLIENT".getBytes(), "KILL", "TYPE", "replica");
                workload(m, "after-master-cut");
                awaitInSync(m, r, replica);
                assertEquals(dataset(m), dataset(r));

                r.sendCommand(() -> "CLIENT".getBytes(), "KILL", "TYPE", "master");
                workload(m, "after-replica-cut");
                awaitInSync(m, r, replica);
                assertEquals(dataset(m), dataset(r));
                assertEquals(2, infoLong(m, "stats", "sync_partial_ok"), replica.log());
                assertEquals(1, infoLong(m, "stats", "sync_full"));

                m.set("waited", "1");
                assertEquals(1L, m.waitReplicas(1, 2000));
                List<Object> role = m.role();
                assertEquals("master", role.get(0));
            }
        }
    }

    /**
     * PSYNC2 across a failover: of two replicas of a real master, ours is promoted; the real one
     * then follows ours and continues its history by partial resynchronization, and so does the
     * old master once it is demoted.
     */
    @Test
    void afterOurReplicaIsPromotedTheRealReplicasContinueWithIt() {
        try (RealRedis master = RealRedis.start("--repl-diskless-sync-delay", "0");
                Jedis m = master.client()) {
            fill(m, "before");
            try (InteropServer ours = InteropServer.start("--replicaof", InteropServer.HOST + " " + master.port());
                    Jedis b = new Jedis(InteropServer.HOST, ours.port(), 5000);
                    RealRedis other = RealRedis.start("--replicaof", InteropServer.HOST, Integer.toString(master.port()));
                    Jedis c = other.client()) {
                workload(m, "stream");
                awaitInSync(m, b);
                awaitInSync(m, c, other);

                b.replicaofNoOne();
                c.replicaof(InteropServer.HOST, ours.port());
                m.replicaof(InteropServer.HOST, ours.port());
                workload(b, "after-failover");
                awaitInSync(b, c, other);
                awaitInSync(b, m, master);
                assertEquals(dataset(b), dataset(c));
                assertEquals(dataset(b), dataset(m));
                assertEquals(0, infoLong(b, "stats", "sync_full"), other.log());
                assertEquals(2, infoLong(b, "stats", "sync_partial_ok"), other.log() + master.log());
            }
        }
    }

    /** The same the other way round: a real replica is promoted, and our replica continues with it. */
    @Test
    void afterARealReplicaIsPromotedOurReplicaContinuesWithIt() {
        try (InteropServer ours = InteropServer.start();
                Jedis m = new Jedis(InteropServer.HOST, ours.port(), 5000)) {
            fill(m, "before");
            try (RealRedis real = RealRedis.start("--replicaof", InteropServer.HOST, Integer.toString(ours.port()));
                    Jedis b = real.client();
                    InteropServer second = InteropServer.start("--replicaof", InteropServer.HOST + " " + ours.port());
                    Jedis c = new Jedis(InteropServer.HOST, second.port(), 5000)) {
                workload(m, "stream");
                awaitInSync(m, b, real);
                awaitInSync(m, c);

                b.replicaofNoOne();
                c.replicaof(InteropServer.HOST, real.port());
                m.replicaof(InteropServer.HOST, real.port());
                workload(b, "after-failover");
                awaitInSync(b, c, real);
                awaitInSync(b, m, real);
                assertEquals(dataset(b), dataset(c));
                assertEquals(dataset(b), dataset(m));
                assertEquals(0, infoLong(b, "stats", "sync_full"), real.log());
                assertEquals(2, infoLong(b, "stats", "sync_partial_ok"), real.log());
            }
        }
    }

    /** A replica of a replica: ours in the middle forwards the real master's stream unchanged. */
    @Test
    void aRealReplicaOfOurReplicaOfARealMaster() {
        try (RealRedis master = RealRedis.start("--repl-diskless-sync-delay", "0");
                Jedis m = master.client()) {
            fill(m, "before");
            try (InteropServer middle = InteropServer.start("--replicaof", InteropServer.HOST + " " + master.port());
                    Jedis r = new Jedis(InteropServer.HOST, middle.port(), 5000)) {
                awaitInSync(m, r);
                try (RealRedis leaf = RealRedis.start("--replicaof", InteropServer.HOST, Integer.toString(middle.port()));
                        Jedis l = leaf.client()) {
                    workload(m, "stream");
                    awaitInSync(m, r);
                    awaitInSync(m, l, leaf);
                    assertEquals(dataset(m), dataset(l));
                    // The same history all the way down: one id, one offset.
                    assertEquals(infoField(m, "master_replid"), infoField(l, "master_replid"));
                    assertEquals(infoLong(m, "replication", "master_repl_offset"),
                            infoLong(l, "replication", "master_repl_offset"));
                }
            }
        }
    }

    private static String infoField(Jedis j, String name) {
        for (String line : j.info("replication").split("\r\n")) {
            if (line.startsWith(name + ":")) {
                return line.substring(name.length() + 1);
            }
        }
        return null;
    }

    // ---- data ----

    /** Keys of every type, in two databases, some with a TTL. */
    private static void fill(Jedis j, String p) {
        j.select(0);
        j.set(p + ":string", "value");
        j.set(p + ":int", "42");
        j.setex(p + ":expiring", 1000, "soon");
        j.rpush(p + ":list", "a", "b", "c");
        for (int i = 0; i < 300; i++) {
            j.rpush(p + ":biglist", "element-" + i);
        }
        j.hset(p + ":hash", Map.of("f1", "v1", "f2", "v2"));
        for (int i = 0; i < 200; i++) {
            j.hset(p + ":bighash", "field-" + i, "value-" + i);
        }
        j.sadd(p + ":set", "x", "y", "z");
        j.sadd(p + ":intset", "1", "2", "3");
        for (int i = 0; i < 200; i++) {
            j.sadd(p + ":bigset", "member-" + i);
        }
        if (SORTED_SETS) {
            j.zadd(p + ":zset", Map.of("one", 1.0, "two", 2.5));
            for (int i = 0; i < 200; i++) {
                j.zadd(p + ":bigzset", i * 1.5, "m-" + i);
            }
        }
        j.set((p + ":binary").getBytes(), new byte[] {0, 1, 2, (byte) 255, '\r', '\n'});
        j.select(3);
        j.set(p + ":in-db3", "three");
        j.select(0);
    }

    /** Writes of every type, with deterministic and non-deterministic commands, a transaction, expiry. */
    private static void workload(Jedis j, String p) {
        fill(j, p);
        j.append(p + ":string", "-appended");
        j.incr(p + ":int");
        j.incrByFloat(p + ":float", 1.5);
        j.lpush(p + ":list", "first");
        j.rpop(p + ":list");
        j.lmove(p + ":list", p + ":list2", redis.clients.jedis.args.ListDirection.LEFT,
                redis.clients.jedis.args.ListDirection.RIGHT);
        j.hdel(p + ":hash", "f1");
        j.hincrBy(p + ":hash", "counter", 5);
        j.spop(p + ":bigset", 3);
        j.srem(p + ":set", "y");
        if (SORTED_SETS) {
            j.zincrby(p + ":zset", 10, "one");
            j.zrem(p + ":bigzset", "m-3");
        }
        j.expire(p + ":list", 5000);
        j.pexpire(p + ":hash", 60_000);
        j.persist(p + ":expiring");
        j.del(p + ":intset");
        j.rename(p + ":set", p + ":set-renamed");
        Transaction t = j.multi();
        t.set(p + ":tx1", "1");
        t.incr(p + ":tx2");
        t.exec();
        j.select(5);
        j.set(p + ":in-db5", "five");
        j.select(0);
    }

    /** Every key of databases 0 to 7 with its type, value and whether it has a TTL. */
    private static Map<String, String> dataset(Jedis j) {
        Map<String, String> all = new TreeMap<>();
        for (int db = 0; db < 8; db++) {
            j.select(db);
            for (String key : new TreeSet<>(j.keys("*"))) {
                String type = j.type(key);
                String value = switch (type) {
                    case "string" -> java.util.Arrays.toString(j.get(key.getBytes()));
                    case "list" -> j.lrange(key, 0, -1).toString();
                    case "hash" -> new TreeMap<>(j.hgetAll(key)).toString();
                    case "set" -> new TreeSet<>(j.smembers(key)).toString();
                    case "zset" -> {
                        List<String> pairs = new ArrayList<>();
                        for (Tuple t : j.zrangeWithScores(key, 0, -1)) {
                            pairs.add(t.getElement() + "=" + t.getScore());
                        }
                        yield pairs.toString();
                    }
                    default -> type;
                };
                all.put(db + ":" + key, type + " " + value + (j.pttl(key) > 0 ? " (ttl)" : ""));
            }
        }
        j.select(0);
        return all;
    }

    // ---- waiting for the replica ----

    private static void awaitInSync(Jedis master, Jedis replica) {
        awaitInSync(master, replica, null);
    }

    /** Until the replica's link is up and it applied everything the master produced. */
    private static void awaitInSync(Jedis master, Jedis replica, RealRedis real) {
        await(() -> {
            String info = replica.info("replication");
            return info.contains("master_link_status:up")
                    && field(info, "slave_repl_offset") == field(master.info("replication"), "master_repl_offset");
        }, () -> "replica never caught up: " + replica.info("replication") + "\nmaster: " + master.info("replication")
                + (real == null ? "" : "\n" + real.log()));
    }

    private static long infoLong(Jedis j, String section, String name) {
        return field(j.info(section), name);
    }

    private static long field(String info, String name) {
        for (String line : info.split("\r\n")) {
            if (line.startsWith(name + ":")) {
                return Long.parseLong(line.substring(name.length() + 1));
            }
        }
        return -1;
    }

    private static void await(BooleanSupplier condition, java.util.function.Supplier<String> why) {
        for (int i = 0; i < 400; i++) {
            if (condition.getAsBoolean()) {
                return;
            }
            RealRedis.sleep(25);
        }
        assertTrue(condition.getAsBoolean(), why.get());
    }
}
