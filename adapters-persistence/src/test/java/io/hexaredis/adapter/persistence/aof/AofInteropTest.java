package io.hexaredis.adapter.persistence.aof;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hexaredis.adapter.persistence.rdb.RdbSnapshotStore;
import io.hexaredis.adapter.persistence.support.RealRedis;
import io.hexaredis.application.config.Config;
import io.hexaredis.domain.keyspace.Databases;
import io.hexaredis.domain.persistence.CommandJournal;
import io.hexaredis.domain.persistence.KeyspaceImage;
import io.hexaredis.domain.persistence.PointInTimeImage;
import io.hexaredis.domain.replication.Effect;
import io.hexaredis.domain.time.SystemClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** The appendonlydir both ways with a real Redis 7.0: it loads ours, we load its. */
class AofInteropTest {

    @TempDir
    Path dir;

    @BeforeEach
    void needsRealRedis() {
        RealRedis.assumeInstalled();
    }

    static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private Config config(String preamble) {
        Config c = Config.standard();
        c.set("dir", dir.toString());
        c.set("aof-use-rdb-preamble", preamble);
        return c;
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "no"})
    void redisCheckAofAndRedisServerAcceptTheDirectoryWeWrite(String preamble) throws IOException {
        long future = System.currentTimeMillis() + 600_000;
        Config c = config(preamble);
        AofJournal j = new AofJournal(c, new RdbSnapshotStore(c, new SystemClock()));
        Databases ks = new Databases(16);
        ks.db(0).set(b("in base"), b("from the snapshot"), future);
        ks.db(4).set(b("binary"), new byte[] {0, (byte) 0xff, '\r', '\n'});
        j.open(KeyspaceImage.live(ks));
        j.append(new Effect(0, new byte[][] {b("SET"), b("incr"), b("1")}));
        j.append(new Effect(7, new byte[][] {b("SET"), b("ttl"), b("v"), b("PXAT"), b(Long.toString(future))}));
        j.append(new Effect(4, new byte[][] {b("DEL"), b("binary")}));
        j.flush(true);
        CommandJournal.Rewrite rewrite = j.beginRewrite(false);
        PointInTimeImage image = PointInTimeImage.capture(ks);
        j.append(new Effect(0, new byte[][] {b("SET"), b("during rewrite"), b("kept")}));
        j.flush(true);
        rewrite.writeBase(image);
        image.release();
        rewrite.commit();
        j.append(new Effect(2, new byte[][] {b("SET"), b("after"), b("rewrite")}));
        j.close();

        RealRedis.ToolResult check = RealRedis.run("redis-check-aof", dir.resolve("appendonlydir/appendonly.aof.manifest").toString());
        assertEquals(0, check.exitCode(), check.output());
        assertTrue(check.output().contains("All AOF files and manifest are valid"), check.output());

        try (RealRedis redis = RealRedis.start(dir, "--appendonly", "yes")) {
            assertEquals("from the snapshot", redis.text("GET", "in base"));
            assertEquals(future, redis.call("PEXPIRETIME", "in base"));
            assertEquals("kept", redis.text("GET", "during rewrite"));
            redis.call("SELECT", 4);
            assertArrayEquals(new byte[] {0, (byte) 0xff, '\r', '\n'}, (byte[]) redis.call("GET", "binary"),
                    "the base was taken before the DEL reached the new incremental file");
            redis.call("SELECT", 2);
            assertEquals("rewrite", redis.text("GET", "after"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "no"})
    void theDirectoryRedisWritesLoadsHere(String preamble) throws IOException {
        long future = System.currentTimeMillis() + 600_000;
        try (RealRedis redis = RealRedis.start(dir, "--appendonly", "yes", "--aof-use-rdb-preamble", preamble)) {
            redis.call("SET", "first", "1");
            redis.call("SELECT", 3);
            redis.call("SET", "three", "x".repeat(100), "PXAT", future);
            redis.call("BGREWRITEAOF");
            for (int i = 0; i < 100 && !"0".equals(info(redis, "aof_rewrite_in_progress")); i++) {
                sleep();
            }
            sleep();
            redis.call("SET", "after rewrite", "yes");
            redis.call("DEL", "three");
            redis.call("SET", "three", "again");
            redis.call("INCR", "counter");
            redis.call("EXPIRE", "counter", 1000);
        }
        Config c = config(preamble);
        Databases loaded = new Databases(16);
        CommandJournal.LoadResult r = new AofJournal(c, new RdbSnapshotStore(c, new SystemClock()))
                .load(loaded, new ReplayWithIncr(loaded));
        assertTrue(r.commands() > 0);
        assertArrayEquals(b("1"), loaded.db(0).getString(b("first"), 0));
        assertArrayEquals(b("yes"), loaded.db(3).getString(b("after rewrite"), 0));
        assertArrayEquals(b("again"), loaded.db(3).getString(b("three"), 0));
        assertArrayEquals(b("1"), loaded.db(3).getString(b("counter"), 0));
        assertTrue(loaded.db(3).expireAt(b("counter")) > future - 600_000);
    }

    /** Real Redis also journals INCR; the test replay adds it to the commands it knows. */
    private static final class ReplayWithIncr extends io.hexaredis.adapter.persistence.aof.ReplayWithIncrBase {
        ReplayWithIncr(Databases ks) {
            super(ks);
        }
    }

    private static String info(RealRedis redis, String field) throws IOException {
        for (String line : redis.text("INFO", "persistence").split("\r\n")) {
            if (line.startsWith(field + ":")) {
                return line.substring(field.length() + 1);
            }
        }
        return null;
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @org.junit.jupiter.api.Test
    void collectionsRewrittenAsCommandsLoadInRedis() throws IOException {
        Config c = config("no");
        Databases ks = new Databases(16);
        io.hexaredis.domain.list.RedisList list = new io.hexaredis.domain.list.RedisList(-2);
        for (int i = 0; i < 150; i++) {
            list.pushTail(b("e" + i));
        }
        ks.db(0).set(b("list"), list);
        io.hexaredis.domain.set.RedisSet set = io.hexaredis.domain.set.RedisSet.newIntset();
        for (int i = 0; i < 70; i++) {
            set.add(b(Integer.toString(i)), 512);
        }
        ks.db(0).set(b("set"), set);
        io.hexaredis.domain.hash.RedisHash hash = new io.hexaredis.domain.hash.RedisHash();
        for (int i = 0; i < 100; i++) {
            hash.set(b("f" + i), b("v" + i), 512, 64);
        }
        ks.db(0).set(b("hash"), hash, System.currentTimeMillis() + 100_000);
        io.hexaredis.domain.zset.ListpackLimits limits = io.hexaredis.domain.zset.ListpackLimits.DEFAULT;
        io.hexaredis.domain.zset.RedisSortedSet small = io.hexaredis.domain.zset.RedisSortedSet.newListpack();
        io.hexaredis.domain.zset.RedisSortedSet big = io.hexaredis.domain.zset.RedisSortedSet.newListpack();
        for (int i = 0; i < 130; i++) {
            double score = i % 3 == 0 ? i : i / 7.0;
            big.add(b("m" + i), score, io.hexaredis.domain.zset.AddMode.PLAIN, limits);
            if (i < 10) {
                small.add(b("m" + i), score, io.hexaredis.domain.zset.AddMode.PLAIN, limits);
            }
        }
        small.add(b("top"), Double.POSITIVE_INFINITY, io.hexaredis.domain.zset.AddMode.PLAIN, limits);
        ks.db(0).set(b("small-zset"), small);
        ks.db(0).set(b("big-zset"), big);
        AofJournal j = new AofJournal(c, new RdbSnapshotStore(c, new SystemClock()));
        CommandJournal.Rewrite rewrite = j.beginRewrite(true);
        rewrite.writeBase(KeyspaceImage.live(ks));
        rewrite.commit();
        j.close();
        String base = java.nio.file.Files.readString(dir.resolve("appendonlydir/appendonly.aof.1.base.aof"));
        assertTrue(base.contains("$5\r\nRPUSH\r\n$4\r\nlist\r\n$2\r\ne0"), "RPUSH batches");
        assertTrue(base.contains("*130\r\n$4\r\nZADD\r\n$8\r\nbig-zset\r\n$1\r\n0\r\n$2\r\nm0\r\n"), "ZADD batches of 64 pairs");
        try (RealRedis redis = RealRedis.start(dir, "--appendonly", "yes")) {
            assertEquals(150L, redis.call("LLEN", "list"));
            assertEquals("e149", redis.text("LINDEX", "list", -1));
            assertEquals(70L, redis.call("SCARD", "set"));
            assertEquals(100L, redis.call("HLEN", "hash"));
            assertEquals("v99", redis.text("HGET", "hash", "f99"));
            assertTrue((Long) redis.call("PTTL", "hash") > 0);
            assertEquals("skiplist", redis.text("OBJECT", "ENCODING", "big-zset"));
            assertEquals(130L, redis.call("ZCARD", "big-zset"));
            assertEquals("listpack", redis.text("OBJECT", "ENCODING", "small-zset"));
            for (String key : new String[] {"small-zset", "big-zset"}) {
                java.util.List<String> ours = new java.util.ArrayList<>();
                ((io.hexaredis.domain.zset.RedisSortedSet) ks.db(0).get(b(key), 0)).forEach((m, score) -> {
                    ours.add(new String(m, java.nio.charset.StandardCharsets.UTF_8));
                    ours.add(io.hexaredis.domain.bytes.Numbers.formatDouble(score));
                });
                assertEquals(ours.toString(), redis.text("ZRANGE", key, 0, -1, "WITHSCORES"), key);
            }
        }
    }
}
