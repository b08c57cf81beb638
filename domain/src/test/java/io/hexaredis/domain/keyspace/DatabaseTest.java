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

class DatabaseTest {

    private static final long NOW = 1_700_000_000_000L;

    private final Databases keyspace = new Databases(16);
    private final Database db = keyspace.db(0);
    private final List<String> expired = new ArrayList<>();
    private final List<String> added = new ArrayList<>();

    DatabaseTest() {
        keyspace.setListener(new KeyspaceListener() {
            @Override
            public void keyExpired(Database where, byte[] key) {
                expired.add(where.id() + ":" + new String(key, StandardCharsets.UTF_8));
            }

            @Override
            public void keyAdded(Database where, byte[] key) {
                added.add(where.id() + ":" + new String(key, StandardCharsets.UTF_8));
            }
        });
    }

    private static byte[] key(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void settingAValueClearsTheExpiryUnlessToldToKeepIt() {
        db.set(key("k"), key("v"), NOW + 10);
        db.setKeepTtl(key("k"), key("w"));
        assertEquals(NOW + 10, db.expireAt(key("k")));
        db.set(key("k"), key("x"));
        assertEquals(KeyTable.NO_EXPIRY, db.expireAt(key("k")));
        assertEquals(0, db.volatileSize());
    }

    @Test
    void persistRemovesAnExpiryOnlyOnce() {
        db.set(key("k"), key("v"), NOW + 10);
        assertTrue(db.persist(key("k")));
        assertFalse(db.persist(key("k")));
        assertNotNull(db.lookup(key("k"), NOW + 100));
    }

    @Test
    void renameKeepsTheValueAndTheExpiryAndReplacesTheTarget() {
        db.set(key("a"), key("1"), NOW + 50);
        db.set(key("b"), key("2"));
        long dirty = keyspace.dirty();
        db.rename(key("a"), key("b"));
        assertNull(db.lookup(key("a"), NOW));
        assertArrayEquals(key("1"), db.getString(key("b"), NOW));
        assertEquals(NOW + 50, db.expireAt(key("b")));
        assertEquals(1, db.size());
        assertEquals(1, db.volatileSize());
        assertEquals(dirty + 1, keyspace.dirty());
        assertNull(db.lookup(key("b"), NOW + 50));
    }

    @Test
    void renameOfAKeyWithoutExpiryOverAVolatileKeyLeavesNoExpiry() {
        db.set(key("a"), key("1"));
        db.set(key("b"), key("2"), NOW + 50);
        db.rename(key("a"), key("b"));
        assertEquals(KeyTable.NO_EXPIRY, db.expireAt(key("b")));
        assertEquals(0, db.volatileSize());
    }

    @Test
    void moveTakesTheExpiryAlongAndNeverOverwrites() {
        Database other = keyspace.db(3);
        db.set(key("k"), key("v"), NOW + 50);
        assertTrue(db.move(key("k"), other, NOW));
        assertEquals(0, db.size());
        assertEquals(NOW + 50, other.expireAt(key("k")));
        db.set(key("k"), key("new"));
        assertFalse(db.move(key("k"), other, NOW));
        assertArrayEquals(key("v"), other.getString(key("k"), NOW));
        assertFalse(db.move(key("missing"), other, NOW));
    }

    @Test
    void moveOntoAKeyThatExpiredInTheTargetDatabaseExpiresItThere() {
        Database other = keyspace.db(5);
        other.set(key("k"), key("old"), NOW);
        db.set(key("k"), key("v"));
        assertTrue(db.move(key("k"), other, NOW));
        assertEquals(List.of("5:k"), expired);
        assertArrayEquals(key("v"), other.getString(key("k"), NOW));
    }

    @Test
    void copyIsIndependentOfTheOriginalAndKeepsTheExpiry() {
        byte[] value = key("abc");
        db.set(key("s"), value, NOW + 70);
        Database other = keyspace.db(2);
        assertTrue(db.copy(key("s"), other, key("t"), false, NOW));
        byte[] copied = other.getString(key("t"), NOW);
        assertArrayEquals(value, copied);
        copied[0] = 'X';
        assertArrayEquals(key("abc"), db.getString(key("s"), NOW));
        assertEquals(NOW + 70, other.expireAt(key("t")));
    }

    @Test
    void copyOfACollectionUsesItsDeepCopyAndRespectsReplace() {
        TestList list = new TestList("a", "b");
        db.set(key("l"), list);
        db.set(key("x"), key("existing"));
        assertFalse(db.copy(key("l"), db, key("x"), false, NOW));
        assertTrue(db.copy(key("l"), db, key("x"), true, NOW));
        TestList copy = db.get(key("x"), TestList.class, NOW);
        copy.items.add("c");
        assertEquals(2, list.size());
        assertFalse(db.copy(key("missing"), db, key("y"), true, NOW));
    }

    @Test
    void randomKeyDeletesTheExpiredKeysItDrawsAndAnswersALiveOne() {
        for (int i = 0; i < 20; i++) {
            db.set(key("dead" + i), key("v"), NOW);
        }
        db.set(key("alive"), key("v"));
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 50; i++) {
            assertArrayEquals(key("alive"), db.randomKey(NOW, random));
        }
        assertNull(keyspace.db(1).randomKey(NOW, random));
    }

    @Test
    void randomKeyOfADatabaseWhereEverythingExpiredIsNil() {
        for (int i = 0; i < 5; i++) {
            db.set(key("dead" + i), key("v"), NOW);
        }
        assertNull(db.randomKey(NOW, new SplittableRandom()));
        assertEquals(0, db.size());
    }

    @Test
    void onAReplicaRandomKeyGivesUpOnAllExpiredKeysInsteadOfLoopingForever() {
        keyspace.setMasterControlsExpiry(true);
        db.set(key("dead"), key("v"), NOW);
        assertArrayEquals(key("dead"), db.randomKey(NOW, new SplittableRandom()));
    }

    @Test
    void theIdleTimeCountsFromTheLastTouchingLookupOnTheLruClock() {
        keyspace.updateLruClock(NOW);
        db.set(key("k"), key("v"));
        keyspace.updateLruClock(NOW + 30_000);
        KeyTable.Entry e = db.peek(key("k"), NOW + 30_000);
        assertEquals(30, db.idleSeconds(e));
        db.lookup(key("k"), NOW + 30_000);
        assertEquals(0, db.idleSeconds(e));
    }

    @Test
    void anInPlaceChangeThatEmptiesACollectionDeletesTheKey() {
        TestList list = new TestList("a");
        db.set(key("l"), list);
        list.items.clear();
        db.modified(key("l"), 1);
        assertEquals(0, db.size());
    }

    @Test
    void clearForgetsEveryKeyAndCountsThemAsChanges() {
        db.set(key("a"), key("1"), NOW + 5);
        db.set(key("b"), key("2"));
        long dirty = keyspace.dirty();
        assertEquals(2, db.clear());
        assertEquals(0, db.size());
        assertEquals(0, db.volatileSize());
        assertEquals(dirty + 2, keyspace.dirty());
    }

    @Test
    void swapExchangesContentsButNotNumbers() {
        db.set(key("a"), key("1"));
        keyspace.db(1).set(key("b"), key("2"));
        keyspace.swap(0, 1);
        assertNotNull(keyspace.db(0).lookup(key("b"), NOW));
        assertNotNull(keyspace.db(1).lookup(key("a"), NOW));
        assertEquals(0, keyspace.db(0).id());
    }

    /** A minimal collection value, standing for the list, set, hash... types. */
    static final class TestList implements RedisValue {
        final List<String> items = new ArrayList<>();

        TestList(String... items) {
            this.items.addAll(List.of(items));
        }

        @Override
        public ValueType type() {
            return ValueType.LIST;
        }

        @Override
        public String encoding() {
            return "quicklist";
        }

        @Override
        public long size() {
            return items.size();
        }

        @Override
        public RedisValue copy() {
            return new TestList(items.toArray(new String[0]));
        }
    }

    @Test
    void addingAKeyIsReportedOverwritingItIsNot() {
        db.set(key("a"), key("1"));
        db.set(key("a"), key("2"));
        db.setKeepTtl(key("b"), key("1"));
        assertEquals(List.of("0:a", "0:b"), added);
    }

    @Test
    void renameAndCopyReplaceAddTheirDestinationEvenOverAnExistingKey() {
        db.set(key("a"), key("1"));
        db.set(key("b"), key("2"));
        added.clear();
        db.rename(key("a"), key("b"));
        assertTrue(db.copy(key("b"), db, key("c"), true, NOW));
        assertTrue(db.copy(key("b"), db, key("c"), true, NOW));
        assertTrue(db.move(key("c"), keyspace.db(2), NOW));
        assertEquals(List.of("0:b", "0:c", "0:c", "2:c"), added);
        assertEquals(1, db.size());
    }

    @Test
    void keysLoadedFromASnapshotAreNotReportedAdded() {
        assertTrue(db.addLoaded(key("k"), key("v"), KeyTable.NO_EXPIRY));
        assertTrue(added.isEmpty());
    }
}
