package io.hexaredis.adapter.persistence.rdb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hexaredis.adapter.persistence.support.RealRedis;
import io.hexaredis.application.config.Config;
import io.hexaredis.domain.bytes.Numbers;
import io.hexaredis.domain.keyspace.Databases;
import io.hexaredis.domain.keyspace.KeyTable;
import io.hexaredis.domain.keyspace.ValueType;
import io.hexaredis.domain.persistence.KeyspaceImage;
import io.hexaredis.domain.time.SystemClock;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RDB files both ways with a real Redis 7.0: what we write passes redis-check-rdb and loads in
 * redis-server with every key, value and TTL; what redis-server writes loads here, every encoding
 * decoded to the same contents Redis reports.
 */
class RdbInteropTest {

    @TempDir
    Path dir;

    @BeforeEach
    void needsRealRedis() {
        RealRedis.assumeInstalled();
    }

    static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private Config config() {
        Config c = Config.standard();
        c.set("dir", dir.toString());
        return c;
    }

    @Test
    void anRdbWeWritePassesRedisCheckRdbAndLoadsInRedisWithEveryKeyValueAndTtl() throws IOException {
        long now = System.currentTimeMillis();
        Databases ks = new Databases(16);
        Map<String, byte[]> expected = new HashMap<>();
        java.util.Random r = new java.util.Random(5);
        for (int i = 0; i < 500; i++) {
            int db = i % 3 == 0 ? 0 : i % 3 == 1 ? 7 : 15;
            byte[] value = switch (i % 5) {
                case 0 -> Numbers.toBytes(i * 1_000_003L - 250_000);
                case 1 -> b("value-" + i);
                case 2 -> b(("repeat " + i + " ").repeat(40));
                case 3 -> {
                    byte[] raw = new byte[r.nextInt(300)];
                    r.nextBytes(raw);
                    yield raw;
                }
                default -> Numbers.toBytes(Long.MAX_VALUE - i);
            };
            byte[] key = i == 7 ? new byte[] {0, '\r', '\n', (byte) 0xff} : b("key:" + i);
            long expireAt = i % 4 == 0 ? now + 100_000 + i : KeyTable.NO_EXPIRY;
            ks.db(db).set(key, value, expireAt);
            expected.put(db + "/" + new String(key, StandardCharsets.ISO_8859_1), value);
        }
        new RdbSnapshotStore(config(), new SystemClock()).save(KeyspaceImage.live(ks));
        Path file = dir.resolve("dump.rdb");
        RealRedis.ToolResult check = RealRedis.run("redis-check-rdb", file.toString());
        assertEquals(0, check.exitCode(), check.output());
        assertTrue(check.output().contains("RDB looks OK!"), check.output());

        try (RealRedis redis = RealRedis.start(dir)) {
            long total = 0;
            for (int db : new int[] {0, 7, 15}) {
                redis.call("SELECT", db);
                total += (Long) redis.call("DBSIZE");
                int dbIndex = db;
                ks.db(db).forEach(e -> {
                    try {
                        assertArrayEquals((byte[]) e.value(), (byte[]) redis.call("GET", e.key()), "db " + dbIndex);
                        long pexpiretime = (Long) redis.call("PEXPIRETIME", e.key());
                        assertEquals(e.expireAt() == KeyTable.NO_EXPIRY ? -1 : e.expireAt(), pexpiretime);
                    } catch (IOException ex) {
                        throw new java.io.UncheckedIOException(ex);
                    }
                });
            }
            assertEquals(expected.size(), total);
        }
    }

    @Test
    void collectionsEncodedFromPlainElementsLoadInRedisWithTheirEncodings() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RdbOutput out = new RdbOutput(bytes, true);
        out.write(b("REDIS0010"));
        out.writeByte(RdbFormat.OPCODE_SELECTDB);
        out.writeLen(0);
        List<byte[]> smallList = List.of(b("a"), b("12"), b("-4000"), b("70000"), b("x".repeat(5000)), b("9223372036854775807"), b(""));
        List<byte[]> bigList = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            bigList.add(b("element-" + i));
        }
        entry(out, RdbFormat.TYPE_LIST_QUICKLIST_2, "small-list", o -> RdbValueWriter.writeList(o, smallList));
        entry(out, RdbFormat.TYPE_LIST_QUICKLIST_2, "big-list", o -> RdbValueWriter.writeList(o, bigList));
        List<byte[]> ints = List.of(b("5"), b("-70000"), b("3000000000"), b("1"));
        entry(out, RdbFormat.TYPE_SET_INTSET, "intset", o -> RdbValueWriter.writeSet(o, ints, true));
        List<byte[]> words = List.of(b("apple"), b("banana"), b("7"));
        entry(out, RdbFormat.TYPE_SET, "set", o -> RdbValueWriter.writeSet(o, words, false));
        List<byte[]> fields = List.of(b("name"), b("redis"), b("version"), b("7"), b("neg"), b("-1"));
        entry(out, RdbFormat.TYPE_HASH_LISTPACK, "small-hash", o -> RdbValueWriter.writeHash(o, fields, true));
        List<byte[]> bigFields = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            bigFields.add(b("f" + i));
            bigFields.add(b("v" + i));
        }
        entry(out, RdbFormat.TYPE_HASH, "big-hash", o -> RdbValueWriter.writeHash(o, bigFields, false));
        List<byte[]> members = List.of(b("one"), b("two"), b("pi"), b("neg"), b("inf"));
        double[] scores = {1, 2, 3.141592653589793, -0.5, Double.POSITIVE_INFINITY};
        entry(out, RdbFormat.TYPE_ZSET_LISTPACK, "small-zset", o -> RdbValueWriter.writeSortedSet(o, members, scores, true));
        List<byte[]> bigMembers = new ArrayList<>();
        double[] bigScores = new double[200];
        for (int i = 0; i < 200; i++) {
            bigMembers.add(b("m" + i));
            bigScores[i] = i * 1.25;
        }
        entry(out, RdbFormat.TYPE_ZSET_2, "big-zset", o -> RdbValueWriter.writeSortedSet(o, bigMembers, bigScores, false));
        out.writeByte(RdbFormat.OPCODE_EOF);
        out.writeLongLE(out.crc());
        out.flush();
        Files.write(dir.resolve("dump.rdb"), bytes.toByteArray());
        RealRedis.ToolResult check = RealRedis.run("redis-check-rdb", dir.resolve("dump.rdb").toString());
        assertEquals(0, check.exitCode(), check.output());

        try (RealRedis redis = RealRedis.start(dir)) {
            assertEquals(texts(smallList).toString(), redis.text("LRANGE", "small-list", 0, -1));
            assertEquals(texts(bigList).toString(), redis.text("LRANGE", "big-list", 0, -1));
            assertEquals("quicklist", redis.text("OBJECT", "ENCODING", "big-list"));
            assertEquals(new TreeSet<>(texts(ints)), new TreeSet<>(textList(redis.call("SMEMBERS", "intset"))));
            assertEquals("intset", redis.text("OBJECT", "ENCODING", "intset"));
            assertEquals(new TreeSet<>(texts(words)), new TreeSet<>(textList(redis.call("SMEMBERS", "set"))));
            assertEquals("hashtable", redis.text("OBJECT", "ENCODING", "set"));
            assertEquals("redis", redis.text("HGET", "small-hash", "name"));
            assertEquals("-1", redis.text("HGET", "small-hash", "neg"));
            assertEquals("listpack", redis.text("OBJECT", "ENCODING", "small-hash"));
            assertEquals(600L, redis.call("HLEN", "big-hash"));
            assertEquals("v599", redis.text("HGET", "big-hash", "f599"));
            assertEquals("hashtable", redis.text("OBJECT", "ENCODING", "big-hash"));
            assertEquals("[neg, -0.5, one, 1, two, 2, pi, 3.1415926535897931, inf, inf]",
                    redis.text("ZRANGE", "small-zset", 0, -1, "WITHSCORES"));
            assertEquals("listpack", redis.text("OBJECT", "ENCODING", "small-zset"));
            assertEquals("[m199, 248.75]", redis.text("ZRANGE", "big-zset", -1, -1, "WITHSCORES"));
            assertEquals(200L, redis.call("ZCARD", "big-zset"));
            assertEquals("skiplist", redis.text("OBJECT", "ENCODING", "big-zset"));
        }
    }

    interface Body {
        void write(RdbOutput out) throws IOException;
    }

    private static void entry(RdbOutput out, int type, String key, Body body) throws IOException {
        out.writeByte(type);
        out.writeString(b(key));
        body.write(out);
    }

    @Test
    void anRdbWrittenByRedisLoadsHereWithEveryStringAndTtl() throws IOException {
        long now = System.currentTimeMillis();
        try (RealRedis redis = RealRedis.start(dir)) {
            redis.call("SET", "plain", "hello");
            redis.call("SET", "int", "123456");
            redis.call("SET", "negative", "-98765");
            redis.call("SET", "big int", "123456789012345");
            redis.call("SET", "compressible", "abc".repeat(1000));
            redis.call("SET", new byte[] {0, 1, 2}, new byte[] {(byte) 0xff, 0, '\n'});
            redis.call("SET", "ttl", "v", "PXAT", now + 500_000);
            redis.call("SET", "expired-soon", "v", "PX", 1);
            redis.call("SELECT", 9);
            redis.call("SET", "in nine", "9");
            redis.call("SAVE");
        }
        Databases ks = new Databases(16);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(dir.resolve("dump.rdb")))) {
            new RdbReader(in, true).read(ks, System.currentTimeMillis(), false);
        }
        long t = Long.MAX_VALUE;
        assertEquals("hello", new String(ks.db(0).getString(b("plain"), t - 1), StandardCharsets.UTF_8));
        assertEquals("123456", new String(ks.db(0).getString(b("int"), 0), StandardCharsets.UTF_8));
        assertEquals("-98765", new String(ks.db(0).getString(b("negative"), 0), StandardCharsets.UTF_8));
        assertEquals("123456789012345", new String(ks.db(0).getString(b("big int"), 0), StandardCharsets.UTF_8));
        assertEquals("abc".repeat(1000), new String(ks.db(0).getString(b("compressible"), 0), StandardCharsets.UTF_8));
        assertArrayEquals(new byte[] {(byte) 0xff, 0, '\n'}, ks.db(0).getString(new byte[] {0, 1, 2}, 0));
        assertEquals(now + 500_000, ks.db(0).expireAt(b("ttl")));
        assertEquals("9", new String(ks.db(9).getString(b("in nine"), 0), StandardCharsets.UTF_8));
    }

    @Test
    void everyCollectionEncodingRedis7WritesDecodesToWhatRedisReports() throws IOException {
        Map<String, String> expected = new HashMap<>();
        try (RealRedis redis = RealRedis.start(dir)) {
            redis.call("RPUSH", "small-list", "a", "1", "-2", "300", "-70000", "5000000000", "x".repeat(100));
            for (int i = 0; i < 2000; i++) {
                redis.call("RPUSH", "big-list", "item " + i + " " + "y".repeat(i % 50));
            }
            redis.call("RPUSH", "plain-node-list", "z".repeat(70_000));
            redis.call("SADD", "intset", "1", "-5", "70000", "5000000000");
            redis.call("SADD", "hashtable-set", "a", "b", "1");
            redis.call("HSET", "small-hash", "f1", "v1", "n", "42");
            for (int i = 0; i < 600; i++) {
                redis.call("HSET", "big-hash", "field" + i, "value" + i);
            }
            redis.call("ZADD", "small-zset", "1", "a", "2.5", "b", "-3", "c", "+inf", "d");
            for (int i = 0; i < 200; i++) {
                redis.call("ZADD", "big-zset", i / 3.0, "member" + i);
            }
            for (String key : new String[] {"small-list", "big-list", "plain-node-list"}) {
                expected.put(key, redis.text("LRANGE", key, 0, -1));
            }
            for (String key : new String[] {"intset", "hashtable-set"}) {
                expected.put(key, new TreeSet<>(textList(redis.call("SMEMBERS", key))).toString());
            }
            for (String key : new String[] {"small-hash", "big-hash"}) {
                expected.put(key, new java.util.TreeMap<>(pairs(textList(redis.call("HGETALL", key)))).toString());
            }
            for (String key : new String[] {"small-zset", "big-zset"}) {
                expected.put(key, redis.text("ZRANGE", key, 0, -1, "WITHSCORES"));
            }
            redis.call("SAVE");
        }
        Map<String, DecodedCollection> decoded = new HashMap<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(dir.resolve("dump.rdb")))) {
            new RdbReader(in, true).read(16, (db, key, value, expireAt) ->
                    decoded.put(new String(key, StandardCharsets.UTF_8), (DecodedCollection) value));
        }
        assertEquals(expected.keySet(), decoded.keySet());
        for (Map.Entry<String, String> e : expected.entrySet()) {
            assertEquals(e.getValue(), render(decoded.get(e.getKey())), e.getKey());
        }
        assertEquals(RdbFormat.TYPE_LIST_QUICKLIST_2, decoded.get("big-list").rdbType());
        assertEquals(RdbFormat.TYPE_SET_INTSET, decoded.get("intset").rdbType());
        assertEquals(RdbFormat.TYPE_SET, decoded.get("hashtable-set").rdbType());
        assertEquals(RdbFormat.TYPE_HASH_LISTPACK, decoded.get("small-hash").rdbType());
        assertEquals(RdbFormat.TYPE_HASH, decoded.get("big-hash").rdbType());
        assertEquals(RdbFormat.TYPE_ZSET_LISTPACK, decoded.get("small-zset").rdbType());
        assertEquals(RdbFormat.TYPE_ZSET_2, decoded.get("big-zset").rdbType());
    }

    /** The contents of a decoded collection in the form the Redis commands above print them. */
    static String render(DecodedCollection c) {
        List<String> elements = texts(c.elements());
        if (c.type() == ValueType.LIST) {
            return elements.toString();
        }
        if (c.type() == ValueType.SET) {
            return new TreeSet<>(elements).toString();
        }
        if (c.type() == ValueType.HASH) {
            return new java.util.TreeMap<>(pairs(elements)).toString();
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            order.add(i);
        }
        order.sort((x, y) -> c.scores()[x] != c.scores()[y] ? Double.compare(c.scores()[x], c.scores()[y])
                : elements.get(x).compareTo(elements.get(y)));
        List<String> out = new ArrayList<>();
        for (int i : order) {
            out.add(elements.get(i));
            out.add(Numbers.formatDouble(c.scores()[i]));
        }
        return out.toString();
    }

    static List<String> texts(List<byte[]> items) {
        List<String> out = new ArrayList<>();
        for (byte[] i : items) {
            out.add(new String(i, StandardCharsets.UTF_8));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static List<String> textList(Object reply) {
        List<String> out = new ArrayList<>();
        for (Object o : (List<Object>) reply) {
            out.add(RealRedis.render(o));
        }
        return out;
    }

    static Map<String, String> pairs(List<String> flat) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < flat.size(); i += 2) {
            m.put(flat.get(i), flat.get(i + 1));
        }
        return m;
    }
}
