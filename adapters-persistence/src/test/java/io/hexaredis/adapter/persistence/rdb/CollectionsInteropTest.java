package io.hexaredis.adapter.persistence.rdb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.adapter.persistence.support.RealRedis;
import io.hexaredis.application.config.Config;
import io.hexaredis.domain.hash.RedisHash;
import io.hexaredis.domain.keyspace.Databases;
import io.hexaredis.domain.list.RedisList;
import io.hexaredis.domain.persistence.KeyspaceImage;
import io.hexaredis.domain.set.RedisSet;
import io.hexaredis.domain.time.SystemClock;
import io.hexaredis.domain.zset.AddMode;
import io.hexaredis.domain.zset.ListpackLimits;
import io.hexaredis.domain.zset.RedisSortedSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lists, sets, hashes and sorted sets, in each of their encodings, through RDB files and DUMP payloads both
 * ways with a real Redis 7.0: the same contents, and the same encodings, on each side.
 */
class CollectionsInteropTest {

    @TempDir
    Path dir;

    @BeforeEach
    void needsRealRedis() {
        RealRedis.assumeInstalled();
    }

    static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private RdbSnapshotStore store() {
        Config c = Config.standard();
        c.set("dir", dir.toString());
        return new RdbSnapshotStore(c, new SystemClock());
    }

    private static Databases sample() {
        Databases ks = new Databases(16);
        RedisList small = new RedisList(-2);
        for (String s : new String[] {"a", "12", "-4000", "x".repeat(100)}) {
            small.pushTail(b(s));
        }
        ks.db(0).set(b("small-list"), small);
        RedisList big = new RedisList(-2);
        for (int i = 0; i < 3000; i++) {
            big.pushTail(b("element " + i));
        }
        ks.db(0).set(b("big-list"), big);
        RedisSet ints = RedisSet.newIntset();
        for (String m : new String[] {"5", "-70000", "3000000000"}) {
            ints.add(b(m), 512);
        }
        ks.db(0).set(b("intset"), ints);
        RedisSet words = RedisSet.forFirstMember(b("apple"));
        for (String m : new String[] {"apple", "banana", "7"}) {
            words.add(b(m), 512);
        }
        ks.db(0).set(b("hashtable-set"), words);
        RedisHash small2 = new RedisHash();
        small2.set(b("name"), b("redis"), 512, 64);
        small2.set(b("n"), b("-1"), 512, 64);
        ks.db(2).set(b("small-hash"), small2);
        RedisHash big2 = new RedisHash();
        for (int i = 0; i < 600; i++) {
            big2.set(b("f" + i), b("v" + i), 512, 64);
        }
        ks.db(2).set(b("big-hash"), big2, System.currentTimeMillis() + 100_000);
        ks.db(0).set(b("small-zset"), RdbRoundTripTest.zset(ListpackLimits.DEFAULT, AWKWARD));
        RedisSortedSet bigZset = RdbRoundTripTest.zset(ListpackLimits.DEFAULT, AWKWARD);
        for (int i = 0; i < 200; i++) {
            bigZset.add(b("member " + i), i / 3.0, AddMode.PLAIN, ListpackLimits.DEFAULT);
        }
        ks.db(0).set(b("big-zset"), bigZset);
        return ks;
    }

    /** Scores whose text forms differ: integral, fractional, -0, beyond 2^62, infinite. */
    static final Object[] AWKWARD = {
        1, "one", -0.0, "zero", 0.1, "tenth", -2.5, "neg", 123456789012345678.0, "big",
        Double.POSITIVE_INFINITY, "top", Double.NEGATIVE_INFINITY, "bottom", 1e300, "huge", Math.PI, "pi"
    };

    /** ZRANGE key 0 -1 WITHSCORES as our side renders it: member, score as Redis replies it. */
    static String withScores(RedisSortedSet z) {
        List<String> out = new ArrayList<>();
        z.forEach((m, score) -> {
            out.add(new String(m, StandardCharsets.UTF_8));
            out.add(io.hexaredis.domain.bytes.Numbers.formatDouble(score));
        });
        return out.toString();
    }

    @Test
    void collectionsWeSaveLoadInRedisWithTheirEncodings() throws IOException {
        Databases ks = sample();
        store().save(KeyspaceImage.live(ks));
        RealRedis.ToolResult check = RealRedis.run("redis-check-rdb", dir.resolve("dump.rdb").toString());
        assertEquals(0, check.exitCode(), check.output());
        try (RealRedis redis = RealRedis.start(dir)) {
            RedisList small = (RedisList) ks.db(0).get(b("small-list"), 0);
            assertEquals(RdbInteropTest.texts(small.range(0, -1)).toString(), redis.text("LRANGE", "small-list", 0, -1));
            assertEquals(3000L, redis.call("LLEN", "big-list"));
            assertEquals("element 2999", redis.text("LINDEX", "big-list", -1));
            assertEquals("intset", redis.text("OBJECT", "ENCODING", "intset"));
            for (String key : new String[] {"small-zset", "big-zset"}) {
                RedisSortedSet ours = (RedisSortedSet) ks.db(0).get(b(key), 0);
                assertEquals(ours.encoding(), redis.text("OBJECT", "ENCODING", key), key);
                assertEquals(withScores(ours), redis.text("ZRANGE", key, 0, -1, "WITHSCORES"), key);
            }
            assertEquals("[-70000, 3000000000, 5]", new TreeSet<>(RdbInteropTest.textList(redis.call("SMEMBERS", "intset"))).toString());
            assertEquals("hashtable", redis.text("OBJECT", "ENCODING", "hashtable-set"));
            redis.call("SELECT", 2);
            assertEquals("listpack", redis.text("OBJECT", "ENCODING", "small-hash"));
            assertEquals("{n=-1, name=redis}", new TreeMap<>(RdbInteropTest.pairs(RdbInteropTest.textList(redis.call("HGETALL", "small-hash")))).toString());
            assertEquals("hashtable", redis.text("OBJECT", "ENCODING", "big-hash"));
            assertEquals(600L, redis.call("HLEN", "big-hash"));
            assertEquals("v599", redis.text("HGET", "big-hash", "f599"));
        }
    }

    @Test
    void collectionsRedisSavesLoadHereWithTheEncodingsThisServerChooses() throws IOException {
        String[] theirs;
        try (RealRedis redis = RealRedis.start(dir)) {
            redis.call("RPUSH", "list", "a", "1", "-2", "z".repeat(70_000));
            redis.call("SADD", "ints", "1", "2", "3");
            redis.call("SADD", "words", "x", "y");
            redis.call("HSET", "hash", "f", "v", "g", "w".repeat(100));
            redis.call("ZADD", "zset", "1", "a", "-0.5", "b", "inf", "c", "123456789012345678", "d", "3e-7", "e");
            redis.call("ZADD", "big-zset", "1", "a", "2", "b".repeat(100));
            theirs = new String[] {redis.text("ZRANGE", "zset", 0, -1, "WITHSCORES"),
                redis.text("ZRANGE", "big-zset", 0, -1, "WITHSCORES")};
            redis.call("SAVE");
        }
        Databases ks = new Databases(16);
        store().load(ks);
        RedisList list = (RedisList) ks.db(0).get(b("list"), 0);
        assertEquals(List.of("a", "1", "-2", "z".repeat(70_000)), RdbInteropTest.texts(list.range(0, -1)));
        assertEquals(RedisSet.INTSET, ((RedisSet) ks.db(0).get(b("ints"), 0)).encoding());
        assertEquals(RedisSet.HASHTABLE, ((RedisSet) ks.db(0).get(b("words"), 0)).encoding());
        RedisHash hash = (RedisHash) ks.db(0).get(b("hash"), 0);
        assertEquals(RedisHash.HASHTABLE, hash.encoding(), "a value over hash-max-listpack-value (64) makes a hashtable");
        assertArrayEquals(b("v"), hash.get(b("f")));
        RedisSortedSet zset = (RedisSortedSet) ks.db(0).get(b("zset"), 0);
        assertEquals(RedisSortedSet.LISTPACK, zset.encoding());
        assertEquals(theirs[0], withScores(zset));
        RedisSortedSet bigZset = (RedisSortedSet) ks.db(0).get(b("big-zset"), 0);
        assertEquals(RedisSortedSet.SKIPLIST, bigZset.encoding(), "a member over zset-max-listpack-value (64) makes a skip list");
        assertEquals(theirs[1], withScores(bigZset));
    }

    @Test
    void dumpPayloadsOfCollectionsRestoreBothWays() throws IOException {
        RdbSnapshotStore store = store();
        Databases ks = sample();
        try (RealRedis redis = RealRedis.start(dir)) {
            for (String key : new String[] {"small-list", "big-list", "intset", "hashtable-set"}) {
                assertEquals("OK", redis.text("RESTORE", key, 0, store.dump(ks.db(0).get(b(key), 0))), key);
            }
            assertEquals("OK", redis.text("RESTORE", "small-hash", 0, store.dump(ks.db(2).get(b("small-hash"), 0))));
            for (String key : new String[] {"small-zset", "big-zset"}) {
                RedisSortedSet ours = (RedisSortedSet) ks.db(0).get(b(key), 0);
                assertEquals("OK", redis.text("RESTORE", key, 0, store.dump(ours)), key);
                assertEquals(withScores(ours), redis.text("ZRANGE", key, 0, -1, "WITHSCORES"), key);
                assertEquals(ours.encoding(), redis.text("OBJECT", "ENCODING", key), key);
            }
            assertEquals("[a, 12, -4000, " + "x".repeat(100) + "]", redis.text("LRANGE", "small-list", 0, -1));
            assertEquals("{n=-1, name=redis}", new TreeMap<>(RdbInteropTest.pairs(RdbInteropTest.textList(redis.call("HGETALL", "small-hash")))).toString());

            redis.call("HSET", "theirs", "k1", "v1", "k2", "v2");
            byte[] payload = (byte[]) redis.call("DUMP", "theirs");
            assertEquals(true, store.isValidDump(payload));
            RedisHash restored = (RedisHash) store.restore(payload);
            assertArrayEquals(b("v2"), restored.get(b("k2")));
            redis.call("RPUSH", "their-list", "p", "q");
            List<byte[]> elements = new ArrayList<>();
            ((RedisList) store.restore((byte[]) redis.call("DUMP", "their-list"))).forEach(elements::add);
            assertEquals(List.of("p", "q"), RdbInteropTest.texts(elements));
            redis.call("ZADD", "their-zset", "2.5", "x", "-inf", "y");
            redis.call("ZADD", "their-big-zset", "1", "z".repeat(100));
            for (String key : new String[] {"their-zset", "their-big-zset"}) {
                RedisSortedSet restoredZset = (RedisSortedSet) store.restore((byte[]) redis.call("DUMP", key));
                assertEquals(redis.text("ZRANGE", key, 0, -1, "WITHSCORES"), withScores(restoredZset), key);
                assertEquals(redis.text("OBJECT", "ENCODING", key), restoredZset.encoding(), key);
            }
        }
    }
}
