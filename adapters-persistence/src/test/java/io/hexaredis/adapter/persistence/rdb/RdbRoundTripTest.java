package io.hexaredis.adapter.persistence.rdb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hexaredis.domain.keyspace.Databases;
import io.hexaredis.domain.keyspace.KeyTable;
import io.hexaredis.domain.persistence.KeyspaceImage;
import io.hexaredis.domain.persistence.SnapshotStore.LoadReport;
import io.hexaredis.domain.zset.AddMode;
import io.hexaredis.domain.zset.ListpackLimits;
import io.hexaredis.domain.zset.RedisSortedSet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A keyspace written as RDB and read back is the same keyspace. */
class RdbRoundTripTest {

    private static final long NOW = 1_700_000_000_000L;

    static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] rdb(Databases ks, boolean compress, boolean checksum) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RdbWriter(out, compress, checksum, new RdbWriter.Aux(NOW / 1000, 1000, false)).write(KeyspaceImage.live(ks));
        return out.toByteArray();
    }

    static LoadReport load(byte[] rdb, Databases into, boolean keepExpired) throws IOException {
        return new RdbReader(new ByteArrayInputStream(rdb), true).read(into, NOW, keepExpired);
    }

    private static Databases sample() {
        Databases ks = new Databases(16);
        ks.db(0).set(b("greeting"), b("hello"));
        ks.db(0).set(b("counter"), b("12345"));
        ks.db(0).set(b("big"), b("x".repeat(100_000)));
        ks.db(0).set(b("volatile"), b("soon gone"), NOW + 60_000);
        ks.db(0).set(b(""), b("empty key"));
        ks.db(0).set(b("empty value"), b(""));
        ks.db(3).set(b("in db 3"), new byte[] {0, 1, 2, (byte) 0xff, '\r', '\n'});
        ks.db(15).set(b("last db"), b("-42"), NOW + 1);
        return ks;
    }

    @Test
    void everyKeyValueAndTtlComesBack() throws IOException {
        Databases original = sample();
        Databases loaded = new Databases(16);
        LoadReport report = load(rdb(original, true, true), loaded, false);
        assertEquals(8, report.keysLoaded());
        assertEquals(NOW / 1000, report.createdAt());
        for (int db : new int[] {0, 3, 15}) {
            assertEquals(original.db(db).size(), loaded.db(db).size(), "db " + db);
            original.db(db).forEach(e -> {
                assertArrayEquals((byte[]) e.value(), loaded.db(db).getString(e.key(), NOW));
                assertEquals(e.expireAt(), loaded.db(db).expireAt(e.key()));
            });
        }
        assertEquals(1, loaded.db(0).volatileSize());
    }

    static RedisSortedSet zset(ListpackLimits limits, Object... scoreMember) {
        RedisSortedSet z = RedisSortedSet.forFirstMember(b((String) scoreMember[1]), limits);
        for (int i = 0; i < scoreMember.length; i += 2) {
            z.add(b((String) scoreMember[i + 1]), ((Number) scoreMember[i]).doubleValue(), AddMode.PLAIN, limits);
        }
        return z;
    }

    static String members(RedisSortedSet z) {
        List<String> out = new ArrayList<>();
        z.forEach((m, score) -> out.add(new String(m, StandardCharsets.UTF_8) + "=" + score));
        return z.encoding() + out;
    }

    private static final Object[] AWKWARD_SCORES = {
        1, "one", -0.0, "zero", 0.1, "tenth", -2.5, "neg", 123456789012345678.0, "big",
        Double.POSITIVE_INFINITY, "top", Double.NEGATIVE_INFINITY, "bottom", 1e300, "huge", 4611686018427387904.0, "2^62",
        Math.PI, "pi"
    };

    @Test
    void sortedSetsComeBackWithTheirScoresAndEncodings() throws IOException {
        Databases original = new Databases(16);
        RedisSortedSet small = zset(ListpackLimits.DEFAULT, AWKWARD_SCORES);
        original.db(0).set(b("small"), small);
        RedisSortedSet big = zset(ListpackLimits.DEFAULT, AWKWARD_SCORES);
        for (int i = 0; i < 300; i++) {
            big.add(b("m" + i), i * 0.5, AddMode.PLAIN, ListpackLimits.DEFAULT);
        }
        original.db(0).set(b("big"), big);
        RedisSortedSet longMember = zset(ListpackLimits.DEFAULT, 2, "x".repeat(65), 1, "a");
        original.db(0).set(b("long member"), longMember);
        Databases loaded = new Databases(16);
        load(rdb(original, true, true), loaded, false);
        for (String key : new String[] {"small", "big", "long member"}) {
            RedisSortedSet before = (RedisSortedSet) original.db(0).get(b(key), NOW);
            RedisSortedSet after = (RedisSortedSet) loaded.db(0).get(b(key), NOW);
            assertEquals(members(before), members(after), key);
        }
        assertEquals("listpack", ((RedisSortedSet) loaded.db(0).get(b("small"), NOW)).encoding());
        assertEquals("skiplist", ((RedisSortedSet) loaded.db(0).get(b("big"), NOW)).encoding());
    }

    @Test
    void loadedSortedSetsTakeTheEncodingTheLoadingServersLimitsCallFor() throws IOException {
        Databases original = new Databases(16);
        original.db(0).set(b("compact"), zset(ListpackLimits.DEFAULT, 1, "a", 2, "b", 3, "c"));
        RedisSortedSet skiplist = RedisSortedSet.newSkiplist();
        skiplist.add(b("a"), 1, AddMode.PLAIN, ListpackLimits.DEFAULT);
        original.db(0).set(b("skiplist"), skiplist);
        RedisSortedSet longCompact = zset(new ListpackLimits(128, 1000), 1, "y".repeat(100));
        original.db(0).set(b("long compact"), longCompact);
        byte[] file = rdb(original, true, true);

        Databases loaded = new Databases(16);
        RdbValueReader.Limits two = new RdbValueReader.Limits(-2, 512, 64, 512, new ListpackLimits(2, 64));
        new RdbReader(new ByteArrayInputStream(file), true, two).read(loaded, NOW, false);
        assertEquals("skiplist[a=1.0, b=2.0, c=3.0]", members((RedisSortedSet) loaded.db(0).get(b("compact"), NOW)),
                "more members than zset-max-listpack-entries");
        assertEquals("listpack[a=1.0]", members((RedisSortedSet) loaded.db(0).get(b("skiplist"), NOW)),
                "a small skip list becomes compact");
        assertEquals("listpack", ((RedisSortedSet) loaded.db(0).get(b("long compact"), NOW)).encoding(),
                "a compact set is not converted for the length of its members");
    }

    @Test
    void withoutCompressionOrChecksumTheFileStillLoads() throws IOException {
        Databases loaded = new Databases(16);
        byte[] file = rdb(sample(), false, false);
        for (int i = file.length - 8; i < file.length; i++) {
            assertEquals(0, file[i], "a zero checksum means 'not computed'");
        }
        assertEquals(8, load(file, loaded, false).keysLoaded());
        assertEquals(100_000, loaded.db(0).getString(b("big"), NOW).length);
    }

    @Test
    void theHeaderIsRedis7WithItsAuxiliaryFields() throws IOException {
        byte[] file = rdb(new Databases(16), true, true);
        String text = new String(file, StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("REDIS0010"));
        for (String aux : new String[] {"redis-ver", "7.0.15", "redis-bits", "ctime", "used-mem", "aof-base"}) {
            assertTrue(text.contains(aux), aux);
        }
        assertEquals((byte) 0xFF, file[file.length - 9], "EOF before the checksum");
    }

    @Test
    void keysAlreadyExpiredAreDroppedUnlessAskedToKeep() throws IOException {
        Databases ks = new Databases(16);
        ks.db(0).set(b("dead"), b("v"), NOW - 1);
        ks.db(0).set(b("alive"), b("v"), NOW + 1000);
        byte[] file = rdb(ks, true, true);
        Databases master = new Databases(16);
        LoadReport report = load(file, master, false);
        assertEquals(1, report.keysLoaded());
        assertEquals(1, report.keysExpired());
        assertNull(master.db(0).get(b("dead"), Long.MIN_VALUE));
        Databases kept = new Databases(16);
        assertEquals(2, load(file, kept, true).keysLoaded());
        assertEquals(NOW - 1, kept.db(0).expireAt(b("dead")));
    }

    @Test
    void aFlippedByteFailsTheChecksum() throws IOException {
        byte[] file = rdb(sample(), true, true);
        int at = new String(file, StandardCharsets.ISO_8859_1).indexOf("hello");
        file[at] = 'j';
        RdbCorruptException e = assertThrows(RdbCorruptException.class, () -> load(file, new Databases(16), false));
        assertTrue(e.getMessage().startsWith("Wrong RDB checksum expected"), e.getMessage());
    }

    @Test
    void everyTruncationIsReportedAsAShortRead() throws IOException {
        byte[] file = rdb(sample(), true, true);
        for (int cut : new int[] {3, 9, 20, file.length / 2, file.length - 9, file.length - 1}) {
            byte[] truncated = java.util.Arrays.copyOf(file, cut);
            RdbCorruptException e = assertThrows(RdbCorruptException.class, () -> load(truncated, new Databases(16), false));
            assertTrue(e.getMessage().contains("Short read") || e.getMessage().contains("signature"), e.getMessage());
        }
    }

    @Test
    void aNewerRdbVersionIsRefusedLikeRedis() {
        byte[] file = "REDIS0011\u00ff".getBytes(StandardCharsets.ISO_8859_1);
        RdbCorruptException e = assertThrows(RdbCorruptException.class, () -> load(file, new Databases(16), false));
        assertEquals("Can't handle RDB format version 11", e.getMessage());
    }

    @Test
    void notAnRdbFileIsRefused() {
        byte[] file = "*1\r\n$4\r\nPING\r\n".getBytes(StandardCharsets.ISO_8859_1);
        RdbCorruptException e = assertThrows(RdbCorruptException.class, () -> load(file, new Databases(16), false));
        assertEquals("Wrong signature trying to load DB from file", e.getMessage());
    }

    @Test
    void aDatabaseBeyondTheConfiguredCountIsRefused() throws IOException {
        Databases wide = new Databases(16);
        wide.db(15).set(b("k"), b("v"));
        RdbCorruptException e = assertThrows(RdbCorruptException.class, () -> load(rdb(wide, true, true), new Databases(4), false));
        assertTrue(e.getMessage().contains("more than 4 databases"), e.getMessage());
    }

    @Test
    void aDuplicatedKeyIsCorruption() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RdbOutput out = new RdbOutput(bytes, true);
        out.write(b("REDIS0010"));
        for (int i = 0; i < 2; i++) {
            out.writeByte(RdbFormat.TYPE_STRING);
            out.writeString(b("twice"));
            out.writeString(b("v"));
        }
        out.writeByte(RdbFormat.OPCODE_EOF);
        out.writeLongLE(out.crc());
        out.flush();
        RdbCorruptException e = assertThrows(RdbCorruptException.class, () -> load(bytes.toByteArray(), new Databases(16), false));
        assertTrue(e.getMessage().contains("RDB has duplicated key 'twice' in DB 0"), e.getMessage());
    }

    @Test
    void oldFilesWithSecondExpiriesAndNoChecksumLoad() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RdbOutput out = new RdbOutput(bytes, false);
        out.write(b("REDIS0003"));
        out.writeByte(RdbFormat.OPCODE_SELECTDB);
        out.writeLen(2);
        out.writeByte(RdbFormat.OPCODE_EXPIRETIME);
        long seconds = NOW / 1000 + 100;
        for (int i = 0; i < 4; i++) {
            out.writeByte((int) (seconds >>> (8 * i)));
        }
        out.writeByte(RdbFormat.TYPE_STRING);
        out.writeString(b("old"));
        out.writeString(b("timer"));
        out.writeByte(RdbFormat.OPCODE_EOF);
        out.flush();
        Databases ks = new Databases(16);
        assertEquals(1, load(bytes.toByteArray(), ks, false).keysLoaded());
        assertEquals(seconds * 1000, ks.db(2).expireAt(b("old")));
        assertEquals(KeyTable.NO_EXPIRY, ks.db(2).expireAt(b("missing")));
    }

    private static byte[] withOpcodes(RdbRoundTripTest.Opcodes extra) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RdbOutput out = new RdbOutput(bytes, true);
        out.write(b("REDIS0010"));
        out.writeByte(RdbFormat.OPCODE_AUX);
        out.writeString(b("some-future-field"));
        out.writeString(b("ignored"));
        extra.write(out);
        out.writeByte(RdbFormat.OPCODE_IDLE);
        out.writeLen(3600);
        out.writeByte(RdbFormat.TYPE_STRING);
        out.writeString(b("idle"));
        out.writeString(b("v"));
        out.writeByte(RdbFormat.OPCODE_FREQ);
        out.writeByte(200);
        out.writeByte(RdbFormat.TYPE_STRING);
        out.writeString(b("frequent"));
        out.writeString(b("v"));
        out.writeByte(RdbFormat.OPCODE_EOF);
        out.writeLongLE(out.crc());
        out.flush();
        return bytes.toByteArray();
    }

    interface Opcodes {
        void write(RdbOutput out) throws IOException;
    }

    @Test
    void lruAndLfuHintsUnknownAuxFieldsAndFunctionLibrariesAreReadPast() throws IOException {
        byte[] file = withOpcodes(out -> {
            out.writeByte(RdbFormat.OPCODE_FUNCTION2);
            out.writeString(b("#!lua name=mylib\nredis.register_function('f', function() return 1 end)"));
        });
        Databases ks = new Databases(16);
        assertEquals(2, load(file, ks, false).keysLoaded());
        assertArrayEquals(b("v"), ks.db(0).getString(b("frequent"), NOW));
    }

    @Test
    void moduleAuxDataWithoutItsModuleStopsTheLoadNamingTheModule() throws IOException {
        String name = "ReJSON-RL";
        String charset = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        long id = 0;
        for (char c : name.toCharArray()) {
            id = id << 6 | charset.indexOf(c);
        }
        long moduleId = id << 10 | 3;
        assertEquals(name, RdbReader.moduleName(moduleId));
        byte[] file = withOpcodes(out -> {
            out.writeByte(RdbFormat.OPCODE_MODULE_AUX);
            out.writeLen(moduleId);
            out.writeLen(2);
            out.writeLen(1);
            out.writeLen(0);
        });
        RdbCorruptException e = assertThrows(RdbCorruptException.class, () -> load(file, new Databases(16), false));
        assertTrue(e.getMessage().contains("The RDB file contains AUX module data I can't load: no matching module 'ReJSON-RL'"),
                e.getMessage());
    }
}
