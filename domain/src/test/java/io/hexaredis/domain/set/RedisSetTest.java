package io.hexaredis.domain.set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hexaredis.domain.bytes.Bytes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedisSetTest {

    private static final long MAX = 512;

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> members(RedisSet s) {
        List<String> out = new ArrayList<>();
        s.forEach(m -> out.add(new String(m, StandardCharsets.UTF_8)));
        return out;
    }

    private static RedisSet of(long max, String... members) {
        RedisSet s = RedisSet.forFirstMember(b(members[0]));
        for (String m : members) {
            s.add(b(m), max);
        }
        return s;
    }

    @Test
    void integersMakeASortedIntset() {
        RedisSet s = of(MAX, "3", "-9223372036854775808", "9223372036854775807", "0", "3");
        assertEquals("intset", s.encoding());
        assertEquals(List.of("-9223372036854775808", "0", "3", "9223372036854775807"), members(s));
        assertEquals(4, s.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "01", "-0", " 1", "1 ", "+1", "1.0", "9223372036854775808", ""})
    void anythingButTheCanonicalTextOfALongMakesAHashtable(String member) {
        assertEquals("hashtable", RedisSet.forFirstMember(b(member)).encoding());
        RedisSet s = of(MAX, "1", "2");
        assertTrue(s.add(b(member), MAX));
        assertEquals("hashtable", s.encoding());
        assertTrue(s.contains(b(member)));
        assertTrue(s.contains(b("1")));
    }

    @Test
    void anIntsetConvertsWithOneMemberMoreThanTheLimit() {
        RedisSet s = of(3, "1", "2", "3");
        assertEquals("intset", s.encoding());
        s.add(b("4"), 3);
        assertEquals("hashtable", s.encoding());
        assertEquals(4, s.size());
    }

    @Test
    void aZeroLimitStillCreatesAnIntsetButTheFirstAddConvertsIt() {
        RedisSet s = RedisSet.forFirstMember(b("1"));
        assertEquals("intset", s.encoding());
        s.add(b("1"), 0);
        assertEquals("hashtable", s.encoding());
    }

    @Test
    void neverConvertsBack() {
        RedisSet s = of(MAX, "1", "a");
        s.remove(b("a"));
        assertEquals("hashtable", s.encoding());
    }

    @Test
    void membershipOfAnIntsetComparesNumbersOnlyForCanonicalText() {
        RedisSet s = of(MAX, "1", "10");
        assertTrue(s.contains(b("10")));
        assertFalse(s.contains(b("010")));
        assertFalse(s.contains(b("x")));
        assertFalse(s.remove(b("010")));
        assertTrue(s.remove(b("10")));
        assertFalse(s.contains(b("10")));
        assertEquals(List.of("1"), members(s));
    }

    @Test
    void addAndRemoveReportWhetherTheyChangedTheSet() {
        RedisSet s = of(MAX, "a");
        assertFalse(s.add(b("a"), MAX));
        assertTrue(s.remove(b("a")));
        assertFalse(s.remove(b("a")));
        assertEquals(0, s.size());
    }

    @Test
    void scanningAnIntsetReturnsEverythingWithCursorZero() {
        RedisSet s = of(MAX, "1", "2", "3");
        List<byte[]> seen = new ArrayList<>();
        assertEquals(0, s.scan(0, 1, seen::add));
        assertEquals(3, seen.size());
    }

    @Test
    void scanningAHashtableReturnsEveryMemberPresentThroughoutWhileItGrowsAndShrinks() {
        RedisSet s = RedisSet.forFirstMember(b("m"));
        for (int i = 0; i < 200; i++) {
            s.add(b("m" + i), MAX);
        }
        Set<Bytes> seen = new HashSet<>();
        long cursor = 0;
        int round = 0;
        do {
            cursor = s.scan(cursor, 5, m -> seen.add(Bytes.of(m)));
            round++;
            for (int i = 0; i < 60; i++) {
                if (round % 3 != 0) {
                    s.add(b("extra" + round + "-" + i), MAX);
                } else {
                    s.remove(b("extra" + (round - 1) + "-" + i));
                    s.remove(b("extra" + (round - 2) + "-" + i));
                }
            }
        } while (cursor != 0);
        for (int i = 0; i < 200; i++) {
            assertTrue(seen.contains(Bytes.ofAscii("m" + i)), "m" + i);
        }
    }

    @Test
    void randomMembersAreDistinctForPositiveCountsAndMayRepeatForNegativeOnes() {
        SplittableRandom random = new SplittableRandom(11);
        RedisSet ints = of(MAX, "1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        RedisSet strings = RedisSet.forFirstMember(b("x"));
        for (int i = 0; i < 100; i++) {
            strings.add(b("x" + i), MAX);
        }
        for (RedisSet s : new RedisSet[] {ints, strings}) {
            for (int count : new int[] {1, 3, (int) s.size() - 1}) {
                List<byte[]> picked = s.randomMembers(count, random);
                Set<Bytes> distinct = new HashSet<>();
                picked.forEach(m -> distinct.add(Bytes.of(m)));
                assertEquals(count, distinct.size());
                distinct.forEach(m -> assertTrue(s.contains(m.bytes())));
            }
            assertEquals(s.size(), s.randomMembers(s.size() + 5, random).size());
            assertEquals(500, s.randomMembers(-500, random).size());
        }
    }

    @Test
    void popRemovesWhatItReturns() {
        SplittableRandom random = new SplittableRandom(5);
        RedisSet s = of(MAX, "1", "2", "3", "a");
        Set<Bytes> popped = new HashSet<>();
        popped.add(Bytes.of(s.pop(random)));
        s.pop(2, random).forEach(m -> popped.add(Bytes.of(m)));
        assertEquals(3, popped.size());
        assertEquals(1, s.size());
        popped.forEach(m -> assertFalse(s.contains(m.bytes())));
        RedisSet ints = of(MAX, "1", "2", "3");
        byte[] m = ints.pop(random);
        assertFalse(ints.contains(m));
        assertEquals(2, ints.size());
    }

    @Test
    void aCopyIsIndependent() {
        for (RedisSet s : new RedisSet[] {of(MAX, "1", "2"), of(MAX, "a", "b")}) {
            RedisSet copy = s.copy();
            copy.remove(s.members().get(0));
            copy.add(b("99"), MAX);
            assertEquals(2, s.size());
            assertFalse(s.contains(b("99")));
            assertEquals(s.encoding(), copy.encoding());
        }
    }
}
