package io.hexaredis.adapter.persistence.rdb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.adapter.persistence.support.RealRedis;
import io.hexaredis.domain.bytes.Numbers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The encodings of older Redis versions (zipmap, ziplist, quicklist of ziplists, text scores),
 * which Redis 7.0 no longer writes but still loads: each payload here is built from the format's
 * description, accepted by a real Redis 7.0 through RESTORE with deep payload sanitization, and
 * decoded by our reader to the same contents Redis reports.
 */
class OldEncodingsInteropTest {

    @TempDir
    Path dir;

    RealRedis redis;

    @BeforeEach
    void startRedis() throws IOException {
        RealRedis.assumeInstalled();
        redis = RealRedis.start(dir, "--sanitize-dump-payload", "yes");
    }

    @AfterEach
    void stopRedis() throws IOException {
        if (redis != null) {
            redis.close();
        }
    }

    static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static List<byte[]> list(String... items) {
        List<byte[]> out = new ArrayList<>();
        for (String s : items) {
            out.add(b(s));
        }
        return out;
    }

    /** A DUMP payload: type, body, version 10, CRC64. */
    static byte[] payload(int type, RdbInteropTest.Body body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RdbOutput out = new RdbOutput(bytes, true);
        out.writeByte(type);
        body.write(out);
        out.writeByte(RdbFormat.VERSION);
        out.writeByte(0);
        out.flush();
        byte[] p = bytes.toByteArray();
        long crc = Crc64.of(p);
        byte[] full = java.util.Arrays.copyOf(p, p.length + 8);
        for (int i = 0; i < 8; i++) {
            full[p.length + i] = (byte) (crc >>> (8 * i));
        }
        return full;
    }

    DecodedCollection decode(byte[] payload) throws IOException {
        RdbInput in = new RdbInput(new ByteArrayInputStream(payload, 0, payload.length - 10));
        return RdbValueReader.readCollection(in.readByte(), in);
    }

    void restoreInRedis(String key, byte[] payload) throws IOException {
        assertEquals("OK", redis.text("RESTORE", key, 0, payload), "real Redis accepts the " + key + " payload");
    }

    static final List<byte[]> MIXED = list("a", "0", "12", "13", "-1", "127", "-128", "300", "-30000", "70000",
            "-8000000", "3000000000", "-9223372036854775808", "9223372036854775807", "x".repeat(100), "y".repeat(300), "",
            "007", "+5");

    @Test
    void aZiplistListIsTheListRedisLoads() throws IOException {
        List<byte[]> items = new ArrayList<>(MIXED);
        items.add(b("z".repeat(20_000)));
        byte[] p = payload(RdbFormat.TYPE_LIST_ZIPLIST, out -> out.writeString(ZiplistBuilder.encode(items)));
        restoreInRedis("zl", p);
        assertEquals(redis.text("LRANGE", "zl", 0, -1), RdbInteropTest.render(decode(p)));
    }

    @Test
    void aQuicklistOfZiplistsIsTheListRedisLoads() throws IOException {
        List<byte[]> second = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            second.add(b("compressible element " + (i % 10)));
        }
        byte[] p = payload(RdbFormat.TYPE_LIST_QUICKLIST, out -> {
            out.writeLen(2);
            out.writeString(ZiplistBuilder.encode(MIXED));
            out.writeString(ZiplistBuilder.encode(second)); // long and repetitive: stored LZF-compressed
        });
        restoreInRedis("ql", p);
        assertEquals(redis.text("LRANGE", "ql", 0, -1), RdbInteropTest.render(decode(p)));
    }

    @Test
    void ziplistHashesAndSortedSetsAreWhatRedisLoads() throws IOException {
        byte[] hash = payload(RdbFormat.TYPE_HASH_ZIPLIST,
                out -> out.writeString(ZiplistBuilder.encode(list("f1", "v1", "n", "123", "neg", "-70000"))));
        restoreInRedis("zh", hash);
        assertEquals(new java.util.TreeMap<>(RdbInteropTest.pairs(RdbInteropTest.textList(redis.call("HGETALL", "zh")))).toString(),
                RdbInteropTest.render(decode(hash)));
        byte[] zset = payload(RdbFormat.TYPE_ZSET_ZIPLIST,
                out -> out.writeString(ZiplistBuilder.encode(list("c", "-3", "a", "1", "b", "2.5", "d", "inf"))));
        restoreInRedis("zz", zset);
        assertEquals(redis.text("ZRANGE", "zz", 0, -1, "WITHSCORES"), RdbInteropTest.render(decode(zset)));
    }

    @Test
    void aZipmapHashIsWhatRedisLoads() throws IOException {
        byte[] p = payload(RdbFormat.TYPE_HASH_ZIPMAP, out -> out.writeString(ZiplistBuilder.zipmap(
                list("name", "redis", "version", "2.4", "empty", "", "long", "v".repeat(300)))));
        restoreInRedis("zm", p);
        assertEquals(new java.util.TreeMap<>(RdbInteropTest.pairs(RdbInteropTest.textList(redis.call("HGETALL", "zm")))).toString(),
                RdbInteropTest.render(decode(p)));
    }

    @Test
    void plainListsSetsAndTextScoredSortedSetsAreWhatRedisLoads() throws IOException {
        byte[] l = payload(RdbFormat.TYPE_LIST, out -> {
            out.writeLen(3);
            for (String s : new String[] {"one", "2", "three"}) {
                out.writeString(b(s));
            }
        });
        restoreInRedis("l", l);
        assertEquals(redis.text("LRANGE", "l", 0, -1), RdbInteropTest.render(decode(l)));
        byte[] z = payload(RdbFormat.TYPE_ZSET, out -> {
            out.writeLen(3);
            out.writeString(b("low"));
            out.writeByte(RdbFormat.SCORE_NEG_INF);
            out.writeString(b("mid"));
            out.writeByte(3);
            out.write(b("1.5"));
            out.writeString(b("high"));
            out.writeByte(RdbFormat.SCORE_POS_INF);
        });
        restoreInRedis("z", z);
        assertEquals(redis.text("ZRANGE", "z", 0, -1, "WITHSCORES"), RdbInteropTest.render(decode(z)));
        byte[] s = payload(RdbFormat.TYPE_SET_INTSET, out -> out.writeString(Intset.encode(new long[] {5, -3, 70000})));
        restoreInRedis("s", s);
        assertEquals(new TreeSet<>(RdbInteropTest.textList(redis.call("SMEMBERS", "s"))).toString(), RdbInteropTest.render(decode(s)));
    }

    @Test
    void payloadsRedisRejectsAreRejectedHereToo() throws IOException {
        byte[] zl = ZiplistBuilder.encode(list("a", "b"));
        zl[zl.length - 1] = 0; // no end marker
        byte[] p = payload(RdbFormat.TYPE_LIST_ZIPLIST, out -> out.writeString(zl));
        assertEquals("-ERR Bad data format", redis.text("RESTORE", "bad", 0, p));
        org.junit.jupiter.api.Assertions.assertThrows(RdbCorruptException.class, () -> decode(p));
        byte[] dup = payload(RdbFormat.TYPE_HASH_ZIPLIST, out -> out.writeString(ZiplistBuilder.encode(list("f", "1", "f", "2"))));
        assertEquals("-ERR Bad data format", redis.text("RESTORE", "dup", 0, dup));
        org.junit.jupiter.api.Assertions.assertThrows(RdbCorruptException.class, () -> decode(dup));
    }

    /** Test-side encoders of the formats Redis 7 no longer writes. */
    static final class ZiplistBuilder {

        static byte[] encode(List<byte[]> items) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            int prevlen = 0;
            int tail = 10;
            for (byte[] item : items) {
                tail = 10 + body.size();
                ByteArrayOutputStream e = new ByteArrayOutputStream();
                if (prevlen < 254) {
                    e.write(prevlen);
                } else {
                    e.write(254);
                    le(e, prevlen, 4);
                }
                long v = Numbers.parseLongOr(item, Long.MIN_VALUE);
                boolean integer = item.length > 0 && item.length <= 20 && (v != Long.MIN_VALUE || Numbers.isLong(item));
                if (integer && v >= 0 && v <= 12) {
                    e.write(0xF1 + (int) v);
                } else if (integer && v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
                    e.write(0xFE);
                    le(e, v, 1);
                } else if (integer && v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
                    e.write(0xC0);
                    le(e, v, 2);
                } else if (integer && v >= -(1 << 23) && v < (1 << 23)) {
                    e.write(0xF0);
                    le(e, v, 3);
                } else if (integer && v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) {
                    e.write(0xD0);
                    le(e, v, 4);
                } else if (integer) {
                    e.write(0xE0);
                    le(e, v, 8);
                } else if (item.length < 64) {
                    e.write(item.length);
                    e.writeBytes(item);
                } else if (item.length < 16384) {
                    e.write(0x40 | item.length >>> 8);
                    e.write(item.length & 0xff);
                    e.writeBytes(item);
                } else {
                    e.write(0x80);
                    e.write(item.length >>> 24);
                    e.write(item.length >>> 16);
                    e.write(item.length >>> 8);
                    e.write(item.length);
                    e.writeBytes(item);
                }
                prevlen = e.size();
                body.writeBytes(e.toByteArray());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int total = 10 + body.size() + 1;
            le(out, total, 4);
            le(out, items.isEmpty() ? 10 : tail, 4);
            le(out, Math.min(items.size(), 0xffff), 2);
            out.writeBytes(body.toByteArray());
            out.write(0xFF);
            return out.toByteArray();
        }

        static byte[] zipmap(List<byte[]> pairs) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(pairs.size() / 2);
            for (int i = 0; i < pairs.size(); i += 2) {
                len(out, pairs.get(i).length);
                out.writeBytes(pairs.get(i));
                len(out, pairs.get(i + 1).length);
                out.write(i == 0 ? 2 : 0); // free bytes after the value
                out.writeBytes(pairs.get(i + 1));
                if (i == 0) {
                    out.write(0);
                    out.write(0);
                }
            }
            out.write(0xFF);
            return out.toByteArray();
        }

        private static void len(ByteArrayOutputStream out, int n) {
            if (n < 254) {
                out.write(n);
            } else {
                out.write(254);
                le(out, n, 4);
            }
        }

        private static void le(ByteArrayOutputStream out, long v, int width) {
            for (int i = 0; i < width; i++) {
                out.write((int) (v >>> (8 * i)));
            }
        }
    }
}
