package io.hexaredis.domain.keyspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hexaredis.domain.bytes.Bytes;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KeyTableTest {

    private final KeyTable table = new KeyTable();

    private static byte[] key(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private void addKeys(String prefix, int from, int to) {
        for (int i = from; i < to; i++) {
            table.add(key(prefix + i), "v");
        }
    }

    private void removeKeys(String prefix, int from, int to) {
        for (int i = from; i < to; i++) {
            assertNotNull(table.remove(key(prefix + i)));
        }
    }

    @Test
    void findsWhatWasAddedByContentNotByArrayIdentity() {
        table.add(key("a"), "1");
        assertEquals("1", table.find(key("a")).value());
        assertNull(table.find(key("b")));
        assertEquals(1, table.size());
    }

    @Test
    void removingAKeyForgetsItAndItsExpiry() {
        KeyTable.Entry e = table.add(key("a"), "1");
        table.setExpire(e, 1000);
        assertEquals(1, table.volatileCount());
        assertSame(e, table.remove(key("a")));
        assertNull(table.find(key("a")));
        assertEquals(0, table.volatileCount());
        assertNull(table.remove(key("a")));
    }

    @Test
    void theTableDoublesWhenFullAndHalvesWhenUnderATenthFull() {
        assertEquals(4, table.buckets());
        addKeys("k", 0, 1000);
        assertEquals(1024, table.buckets());
        removeKeys("k", 0, 950);
        assertTrue(table.buckets() < 1024 && table.buckets() >= 50, "shrunk to " + table.buckets());
        for (int i = 950; i < 1000; i++) {
            assertNotNull(table.find(key("k" + i)));
        }
    }

    @Test
    void onlyKeysWithAnExpiryAreSampledAsVolatile() {
        addKeys("p", 0, 50);
        KeyTable.Entry v = table.add(key("volatile"), "v");
        table.setExpire(v, 5);
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 20; i++) {
            assertSame(v, table.randomVolatile(random));
        }
        table.setExpire(v, KeyTable.NO_EXPIRY);
        assertNull(table.randomVolatile(random));
    }

    @Test
    void aRandomKeyIsEveryKeySometimes() {
        addKeys("k", 0, 10);
        Set<Bytes> seen = new HashSet<>();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 1000; i++) {
            seen.add(Bytes.of(table.random(random).key()));
        }
        assertEquals(10, seen.size());
        assertNull(new KeyTable().random(random));
    }

    @Test
    void aFullScanReturnsEveryKey() {
        addKeys("k", 0, 500);
        Set<Bytes> seen = new HashSet<>();
        long cursor = 0;
        do {
            cursor = table.scan(cursor, e -> seen.add(Bytes.of(e.key())));
        } while (cursor != 0);
        assertEquals(500, seen.size());
    }

    @Test
    void scanningAnEmptyTableEndsAtOnce() {
        assertEquals(0, table.scan(0, e -> {
            throw new AssertionError("no entry expected");
        }));
    }

    /*
     * The SCAN guarantee: a key present from the first call to the last is returned, even when the
     * table is resized between calls. Here the table grows from 4 to 4096 buckets and back down
     * while the cursor is half way, several times.
     */
    @Test
    void keysPresentForTheWholeScanAreReturnedWhileTheTableGrowsAndShrinks() {
        addKeys("stay", 0, 40);
        Set<Bytes> seen = new HashSet<>();
        long cursor = 0;
        int calls = 0;
        do {
            cursor = table.scan(cursor, e -> seen.add(Bytes.of(e.key())));
            calls++;
            if (calls % 3 == 0) {
                addKeys("grow" + calls + "-", 0, 2000);
            } else if (calls % 3 == 1 && calls > 1) {
                removeKeys("grow" + (calls - 1) + "-", 0, 2000);
            }
        } while (cursor != 0);
        for (int i = 0; i < 40; i++) {
            assertTrue(seen.contains(Bytes.of(key("stay" + i))), "stay" + i + " was not returned");
        }
    }

    @Test
    void keysPresentForTheWholeScanAreReturnedWhenTheTableShrinksMidScan() {
        addKeys("stay", 0, 30);
        addKeys("tmp", 0, 3000);
        Set<Bytes> seen = new HashSet<>();
        long cursor = 0;
        boolean shrunk = false;
        do {
            cursor = table.scan(cursor, e -> seen.add(Bytes.of(e.key())));
            if (!shrunk && seen.size() > 400) {
                int before = table.buckets();
                removeKeys("tmp", 0, 3000);
                assertTrue(table.buckets() < before);
                shrunk = true;
            }
        } while (cursor != 0);
        assertTrue(shrunk);
        for (int i = 0; i < 30; i++) {
            assertTrue(seen.contains(Bytes.of(key("stay" + i))), "stay" + i + " was not returned");
        }
    }

    @Test
    void keysPresentForTheWholeScanAreReturnedWhenTheTableGrowsMidScan() {
        addKeys("stay", 0, 60);
        Set<Bytes> seen = new HashSet<>();
        long cursor = 0;
        int calls = 0;
        do {
            cursor = table.scan(cursor, e -> seen.add(Bytes.of(e.key())));
            if (++calls == 10) {
                addKeys("new", 0, 5000);
            }
        } while (cursor != 0);
        for (int i = 0; i < 60; i++) {
            assertTrue(seen.contains(Bytes.of(key("stay" + i))), "stay" + i + " was not returned");
        }
    }

    @Test
    void addIfAbsentRefusesADuplicateAndReserveKeepsEveryKeyFindable() {
        KeyTable t = new KeyTable();
        t.reserve(10_000);
        for (int i = 0; i < 10_000; i++) {
            org.junit.jupiter.api.Assertions.assertNotNull(t.addIfAbsent(("k" + i).getBytes(), i));
        }
        org.junit.jupiter.api.Assertions.assertNull(t.addIfAbsent("k42".getBytes(), "other"));
        org.junit.jupiter.api.Assertions.assertEquals(42, t.find("k42".getBytes()).value());
        org.junit.jupiter.api.Assertions.assertEquals(10_000, t.size());
    }
}
