package io.hexaredis.domain.dict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hexaredis.domain.bytes.Bytes;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DictTest {

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static Dict<byte[]> filled(int n) {
        Dict<byte[]> d = new Dict<>();
        for (int i = 0; i < n; i++) {
            d.put(b("k" + i), b("v" + i));
        }
        return d;
    }

    @Test
    void findsWhatWasPutByContentNotIdentity() {
        Dict<byte[]> d = new Dict<>();
        assertTrue(d.put(b("a"), b("1")));
        assertFalse(d.put(b("a"), b("2")));
        assertEquals("2", new String(d.find(b("a")).value(), StandardCharsets.UTF_8));
        assertEquals(1, d.size());
        assertNull(d.find(b("b")));
    }

    @Test
    void addIfAbsentLeavesAnExistingEntryAlone() {
        Dict<byte[]> d = new Dict<>();
        assertNull(d.addIfAbsent(b("a"), b("1")));
        Dict.Entry<byte[]> existing = d.addIfAbsent(b("a"), b("2"));
        assertEquals("1", new String(existing.value(), StandardCharsets.UTF_8));
    }

    @Test
    void growsWhenFullAndShrinksUnderATenthFull() {
        Dict<byte[]> d = filled(1000);
        assertEquals(1024, d.buckets());
        for (int i = 0; i < 950; i++) {
            assertTrue(d.remove(b("k" + i)) != null);
        }
        assertEquals(50, d.size());
        assertTrue(d.buckets() <= 512, "shrunk to " + d.buckets());
        for (int i = 950; i < 1000; i++) {
            assertTrue(d.contains(b("k" + i)));
        }
        assertNull(d.remove(b("k0")));
    }

    @Test
    void iterationVisitsEveryEntryOnce() {
        Dict<byte[]> d = filled(300);
        Set<Bytes> seen = new HashSet<>();
        for (Dict.Entry<byte[]> e : d) {
            assertTrue(seen.add(Bytes.of(e.key())));
        }
        assertEquals(300, seen.size());
    }

    @Test
    void aFullScanVisitsEveryKeyOfAStableTable() {
        Dict<byte[]> d = filled(500);
        Map<Bytes, Integer> seen = new HashMap<>();
        long cursor = 0;
        do {
            cursor = d.scan(cursor, e -> seen.merge(Bytes.of(e.key()), 1, Integer::sum));
        } while (cursor != 0);
        assertEquals(500, seen.size());
        assertTrue(seen.values().stream().allMatch(n -> n == 1), "no duplicates without a resize");
    }

    @Test
    void aScanReturnsEveryKeyPresentThroughoutWhileTheTableGrows() {
        Dict<byte[]> d = filled(20);
        Set<Bytes> seen = new HashSet<>();
        long cursor = 0;
        int steps = 0;
        int added = 0;
        do {
            cursor = d.scan(cursor, e -> seen.add(Bytes.of(e.key())));
            for (int i = 0; i < 50 && added < 2000; i++) {
                d.put(b("new" + added++), b("x")); // the table doubles several times during the scan
            }
            steps++;
        } while (cursor != 0);
        assertTrue(d.buckets() >= 1024, "the table grew: " + d.buckets());
        for (int i = 0; i < 20; i++) {
            assertTrue(seen.contains(Bytes.ofAscii("k" + i)), "k" + i + " missed after " + steps + " steps");
        }
    }

    @Test
    void aScanReturnsEveryKeyPresentThroughoutWhileTheTableShrinks() {
        Dict<byte[]> d = filled(2000);
        for (int i = 0; i < 20; i++) {
            d.put(b("stable" + i), b("x"));
        }
        Set<Bytes> seen = new HashSet<>();
        long cursor = 0;
        int removed = 0;
        do {
            cursor = d.scan(cursor, e -> seen.add(Bytes.of(e.key())));
            for (int i = 0; i < 100 && removed < 2000; i++) {
                d.remove(b("k" + removed++)); // the table halves several times during the scan
            }
        } while (cursor != 0);
        assertTrue(d.buckets() <= 64, "the table shrank: " + d.buckets());
        for (int i = 0; i < 20; i++) {
            assertTrue(seen.contains(Bytes.ofAscii("stable" + i)), "stable" + i + " missed");
        }
    }

    @Test
    void anEmptyTableScansToCursorZeroAtOnce() {
        assertEquals(0, new Dict<byte[]>().scan(12345, e -> { }));
    }

    @Test
    void randomPicksEveryKeySooner() {
        Dict<byte[]> d = filled(10);
        SplittableRandom random = new SplittableRandom(1);
        Set<Bytes> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            seen.add(Bytes.of(d.random(random).key()));
        }
        assertEquals(10, seen.size());
        assertNull(new Dict<byte[]>().random(random));
    }

    @Test
    void aCopyIsIndependent() {
        Dict<byte[]> d = filled(10);
        Dict<byte[]> copy = d.copy();
        copy.remove(b("k1"));
        copy.put(b("k2"), b("changed"));
        assertTrue(d.contains(b("k1")));
        assertEquals("v2", new String(d.find(b("k2")).value(), StandardCharsets.UTF_8));
        assertEquals(9, copy.size());
        assertSame(d.find(b("k3")).key(), copy.find(b("k3")).key());
    }
}
