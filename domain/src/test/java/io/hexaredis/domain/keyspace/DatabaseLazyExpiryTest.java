package io.hexaredis.domain.keyspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DatabaseLazyExpiryTest {

    private static final long NOW = 1_700_000_000_000L;

    private final Databases keyspace = new Databases(16);
    private final Database db = keyspace.db(0);
    private final List<String> expired = new ArrayList<>();

    DatabaseLazyExpiryTest() {
        keyspace.setListener(new KeyspaceListener() {
            @Override
            public void keyExpired(Database where, byte[] key) {
                expired.add(where.id() + ":" + new String(key, StandardCharsets.UTF_8));
            }
        });
    }

    private static byte[] key(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aKeyLivesUntilTheMillisecondBeforeItsExpiryTime() {
        db.set(key("k"), key("v"), NOW + 100);
        assertNotNull(db.lookup(key("k"), NOW + 99));
        assertTrue(expired.isEmpty());
        assertNull(db.lookup(key("k"), NOW + 100));
        assertEquals(List.of("0:k"), expired);
        assertEquals(0, db.size());
    }

    @Test
    void everyKindOfLookupDeletesAnExpiredKey() {
        for (String k : List.of("a", "b", "c", "d", "e")) {
            db.set(key(k), key("v"), NOW);
        }
        assertNull(db.get(key("a"), NOW));
        assertNull(db.getString(key("b"), NOW));
        assertFalse(db.exists(key("c"), NOW));
        assertNull(db.peek(key("d"), NOW));
        assertFalse(db.delete(key("e"), NOW));
        assertEquals(List.of("0:a", "0:b", "0:c", "0:d", "0:e"), expired);
        assertEquals(0, db.size());
        assertEquals(0, db.volatileSize());
    }

    @Test
    void anExpiredKeyIsNotAChange() {
        db.set(key("k"), key("v"), NOW);
        long dirty = keyspace.dirty();
        db.lookup(key("k"), NOW);
        assertEquals(dirty, keyspace.dirty());
        assertEquals(List.of("0:k"), expired);
    }

    @Test
    void onAReplicaAnExpiredKeyReadsAsMissingButStaysForTheMastersDel() {
        keyspace.setMasterControlsExpiry(true);
        db.set(key("k"), key("v"), NOW);
        assertNull(db.lookup(key("k"), NOW + 1));
        assertEquals(1, db.size());
        assertTrue(expired.isEmpty());
        assertFalse(db.expireIfNeeded(db.randomVolatile(new SplittableRandom()), NOW + 1));
        assertEquals(1, db.size());
    }

    @Test
    void theActiveCycleDeletesOnlySampledEntriesWhoseTimeHasPassed() {
        db.set(key("k"), key("v"), NOW + 10);
        KeyTable.Entry e = db.randomVolatile(new SplittableRandom());
        assertFalse(db.expireIfNeeded(e, NOW + 9));
        assertTrue(db.expireIfNeeded(e, NOW + 10));
        assertEquals(List.of("0:k"), expired);
        assertNull(db.randomVolatile(new SplittableRandom()));
    }

    @Test
    void anExpiredKeyOfAnotherTypeIsMissingRatherThanTheWrongType() {
        db.set(key("k"), key("a string"), NOW);
        assertNull(db.get(key("k"), RedisValue.class, NOW));
        assertEquals(List.of("0:k"), expired);
    }

    @Test
    void expiryIsReportedWithTheDatabaseTheKeyWasIn() {
        keyspace.db(7).set(key("k"), key("v"), NOW);
        assertNull(keyspace.db(7).lookup(key("k"), NOW));
        assertEquals(List.of("7:k"), expired);
    }

    @Test
    void deletingAsStoredRemovesAnExpiredKeyWithoutReportingItExpired() {
        db.set(key("k"), key("v"), NOW);
        long dirty = keyspace.dirty();
        assertTrue(db.deleteAsStored(key("k")));
        assertTrue(expired.isEmpty());
        assertEquals(dirty + 1, keyspace.dirty());
        assertEquals(0, db.size());
        assertFalse(db.deleteAsStored(key("k")));
    }
}
