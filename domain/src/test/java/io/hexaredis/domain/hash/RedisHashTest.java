package io.hexaredis.domain.hash;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hexaredis.domain.bytes.Bytes;
import io.hexaredis.domain.error.RedisError;
import io.hexaredis.domain.string.LongDouble;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RedisHashTest {

    private static final long ENTRIES = 4;
    private static final long VALUE = 8;

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String s(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private static RedisHash hashOf(int fields) {
        RedisHash h = new RedisHash();
        for (int i = 0; i < fields; i++) {
            h.set(b("f" + i), b("v" + i), 1000, 64);
        }
        return h;
    }

    private static List<String> fields(RedisHash h) {
        List<String> out = new ArrayList<>();
        h.forEach((f, v) -> out.add(s(f) + "=" + s(v)));
        return out;
    }

    @Test
    void aSmallHashIsAListpackInInsertionOrderWithUpdatesInPlace() {
        RedisHash h = new RedisHash();
        assertTrue(h.set(b("b"), b("1"), ENTRIES, VALUE));
        assertTrue(h.set(b("a"), b("2"), ENTRIES, VALUE));
        assertFalse(h.set(b("b"), b("3"), ENTRIES, VALUE));
        assertEquals("listpack", h.encoding());
        assertEquals(List.of("b=3", "a=2"), fields(h));
        assertEquals("3", s(h.get(b("b"))));
        assertNull(h.get(b("zz")));
        assertEquals(2, h.size());
    }

    @Test
    void becomesAHashtableWithOneFieldMoreThanTheEntriesLimit() {
        RedisHash h = new RedisHash();
        for (int i = 0; i < ENTRIES; i++) {
            h.set(b("f" + i), b("v"), ENTRIES, VALUE);
        }
        assertEquals("listpack", h.encoding());
        h.set(b("one-more"), b("v"), ENTRIES, VALUE);
        assertEquals("hashtable", h.encoding());
        assertEquals(ENTRIES + 1, h.size());
        assertEquals("v", s(h.get(b("f0"))));
    }

    @Test
    void becomesAHashtableForAFieldOrValueLongerThanTheValueLimit() {
        RedisHash byValue = new RedisHash();
        byValue.set(b("f"), b("12345678"), ENTRIES, VALUE);
        assertEquals("listpack", byValue.encoding(), "exactly the limit still fits");
        byValue.set(b("f"), b("123456789"), ENTRIES, VALUE);
        assertEquals("hashtable", byValue.encoding(), "also when replacing an existing field");

        RedisHash byField = new RedisHash();
        byField.set(b("123456789"), b("v"), ENTRIES, VALUE);
        assertEquals("hashtable", byField.encoding());
    }

    @Test
    void neverConvertsBackToAListpack() {
        RedisHash h = new RedisHash();
        h.set(b("f"), b("a long value"), ENTRIES, VALUE);
        h.delete(b("f"));
        h.set(b("g"), b("short"), ENTRIES, VALUE);
        assertEquals("hashtable", h.encoding());
    }

    @Test
    void setIfAbsentLeavesAnExistingFieldAndItsEncodingAlone() {
        RedisHash h = new RedisHash();
        h.set(b("f"), b("1"), ENTRIES, VALUE);
        assertFalse(h.setIfAbsent(b("f"), b("a long value"), ENTRIES, VALUE));
        assertEquals("listpack", h.encoding());
        assertEquals("1", s(h.get(b("f"))));
        assertTrue(h.setIfAbsent(b("g"), b("2"), ENTRIES, VALUE));
    }

    @Test
    void deleteRemovesFromBothEncodings() {
        for (int fields : new int[] {3, 30}) {
            RedisHash h = hashOf(fields);
            if (fields == 30) {
                h.set(b("big"), b("x".repeat(100)), 1000, 64);
            }
            assertTrue(h.delete(b("f1")));
            assertFalse(h.delete(b("f1")));
            assertFalse(h.contains(b("f1")));
            assertTrue(h.contains(b("f2")));
        }
        RedisHash h = hashOf(3);
        h.delete(b("f0"));
        assertEquals(List.of("f1=v1", "f2=v2"), fields(h));
    }

    @Test
    void valueLengthIsZeroForAMissingField() {
        RedisHash h = hashOf(1);
        assertEquals(2, h.valueLength(b("f0")));
        assertEquals(0, h.valueLength(b("nope")));
    }

    @Test
    void incrementByAddsToAnIntegerOrZero() {
        RedisHash h = new RedisHash();
        assertEquals(5, h.incrementBy(b("n"), 5, ENTRIES, VALUE));
        assertEquals(2, h.incrementBy(b("n"), -3, ENTRIES, VALUE));
        assertEquals("2", s(h.get(b("n"))));
    }

    @Test
    void incrementByRefusesNonIntegersAndOverflow() {
        RedisHash h = new RedisHash();
        h.set(b("f"), b("1.5"), ENTRIES, VALUE);
        h.set(b("sp"), b(" 1"), ENTRIES, VALUE);
        h.set(b("max"), b("9223372036854775807"), ENTRIES, 64);
        assertSame(RedisHash.VALUE_NOT_AN_INTEGER, assertThrows(RedisError.class, () -> h.incrementBy(b("f"), 1, ENTRIES, VALUE)));
        assertSame(RedisHash.VALUE_NOT_AN_INTEGER, assertThrows(RedisError.class, () -> h.incrementBy(b("sp"), 1, ENTRIES, VALUE)));
        assertSame(RedisError.OVERFLOW, assertThrows(RedisError.class, () -> h.incrementBy(b("max"), 1, ENTRIES, 64)));
        assertEquals("9223372036854775807", s(h.get(b("max"))));
    }

    @Test
    void incrementByFloatStoresRedisText() {
        RedisHash h = new RedisHash();
        h.set(b("f"), b("10.5"), ENTRIES, 64);
        assertEquals("10.6", s(h.incrementByFloat(b("f"), LongDouble.parse(b("0.1")), ENTRIES, 64)));
        assertEquals("0.1", s(h.incrementByFloat(b("new"), LongDouble.parse(b("0.1")), ENTRIES, 64)));
        assertEquals("10.6", s(h.get(b("f"))));
    }

    @Test
    void incrementByFloatRefusesNonNumbersAndInfiniteResults() {
        RedisHash h = new RedisHash();
        h.set(b("word"), b("abc"), ENTRIES, 64);
        h.set(b("inf"), b("inf"), ENTRIES, 64);
        LongDouble one = LongDouble.parse(b("1"));
        assertSame(RedisHash.VALUE_NOT_A_FLOAT, assertThrows(RedisError.class, () -> h.incrementByFloat(b("word"), one, ENTRIES, 64)));
        assertSame(RedisHash.WOULD_BE_NAN_OR_INFINITY, assertThrows(RedisError.class, () -> h.incrementByFloat(b("inf"), one, ENTRIES, 64)));
    }

    @Test
    void aLongFloatResultConvertsTheHash() {
        RedisHash h = new RedisHash();
        h.set(b("f"), b("1"), 128, 64);
        assertEquals("10000000000000000000222479489586148259025995410601157579323600873193472",
                s(h.incrementByFloat(b("f"), LongDouble.parse(b("1e70")), 128, 64)), "Redis 7.0.15's text, digit for digit");
        assertEquals("hashtable", h.encoding());
    }

    @Test
    void incrementByFloatRoundsAsALongDouble() {
        RedisHash h = new RedisHash();
        h.set(b("w"), b("3000"), 128, 64);
        assertEquals("3001.23456789012345669", s(h.incrementByFloat(b("w"), LongDouble.parse(b("1.23456789012345678901234")), 128, 64)));
        h.set(b("z"), b("0.3"), 128, 64);
        assertEquals("0", s(h.incrementByFloat(b("z"), LongDouble.parse(b("-0.3")), 128, 64)));
    }

    @Test
    void scanningAListpackReturnsEverythingWithCursorZero() {
        RedisHash h = hashOf(5);
        List<String> seen = new ArrayList<>();
        assertEquals(0, h.scan(0, 1, (f, v) -> seen.add(s(f))));
        assertEquals(5, seen.size());
    }

    @Test
    void scanningAHashtableReturnsEveryFieldPresentThroughoutWhileItGrowsAndShrinks() {
        RedisHash h = hashOf(0);
        for (int i = 0; i < 300; i++) {
            h.set(b("f" + i), b("v"), 128, 64);
        }
        assertEquals("hashtable", h.encoding());
        Set<Bytes> seen = new HashSet<>();
        long cursor = 0;
        int round = 0;
        do {
            cursor = h.scan(cursor, 10, (f, v) -> seen.add(Bytes.of(f)));
            round++;
            for (int i = 0; i < 40; i++) {
                if (round % 2 == 0) {
                    h.set(b("grow" + round + "-" + i), b("v"), 128, 64);
                } else {
                    h.delete(b("grow" + (round - 1) + "-" + i));
                    h.delete(b("f" + (100 + round * 10 + i % 10)));
                }
            }
        } while (cursor != 0);
        for (int i = 0; i < 100; i++) {
            assertTrue(seen.contains(Bytes.ofAscii("f" + i)), "f" + i);
        }
    }

    @Test
    void aScanStepOfAHashtableVisitsAboutCountFields() {
        RedisHash h = new RedisHash();
        for (int i = 0; i < 1000; i++) {
            h.set(b("f" + i), b("v"), 128, 64);
        }
        int[] n = {0};
        long cursor = h.scan(0, 20, (f, v) -> n[0]++);
        assertTrue(cursor != 0);
        assertTrue(n[0] >= 20 && n[0] < 40, "visited " + n[0]);
    }

    @Test
    void positiveCountsPickDistinctFieldsAndNegativeCountsMayRepeat() {
        SplittableRandom random = new SplittableRandom(7);
        for (RedisHash h : new RedisHash[] {hashOf(10), hashWithHashtable(200)}) {
            List<byte[]> pairs = h.randomPairs(5, random);
            assertEquals(10, pairs.size());
            Set<Bytes> distinct = new HashSet<>();
            for (int i = 0; i < pairs.size(); i += 2) {
                distinct.add(Bytes.of(pairs.get(i)));
                assertArrayEquals(h.get(pairs.get(i)), pairs.get(i + 1), "a field comes with its own value");
            }
            assertEquals(5, distinct.size());
            assertEquals(2 * h.size(), h.randomPairs(h.size() + 10, random).size(), "at most the whole hash");
            assertEquals(2 * 1000, h.randomPairs(-1000, random).size(), "exactly -count, with repeats");
            assertEquals(2 * (h.size() - 1), h.randomPairs(h.size() - 1, random).size(), "close to the size: shuffled");
        }
    }

    @Test
    void randomFieldEventuallyPicksEveryField() {
        RedisHash h = hashOf(5);
        SplittableRandom random = new SplittableRandom(3);
        Set<Bytes> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            seen.add(Bytes.of(h.randomField(random)));
        }
        assertEquals(5, seen.size());
    }

    @Test
    void aCopyIsIndependentInBothEncodings() {
        for (RedisHash h : new RedisHash[] {hashOf(3), hashWithHashtable(3)}) {
            RedisHash copy = h.copy();
            copy.set(b("f0"), b("changed"), 128, 64);
            copy.delete(b("f1"));
            assertEquals("v0", s(h.get(b("f0"))));
            assertTrue(h.contains(b("f1")));
            assertEquals(h.encoding(), copy.encoding());
        }
    }

    private static RedisHash hashWithHashtable(int fields) {
        RedisHash h = new RedisHash();
        for (int i = 0; i < fields; i++) {
            h.set(b("f" + i), b("v" + i), 0, 64);
        }
        return h;
    }
}
