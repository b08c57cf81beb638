package io.hexaredis.domain.zset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hexaredis.domain.bytes.Numbers;
import io.hexaredis.domain.zset.RedisSortedSet.Outcome;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedisSortedSetTest {

    private static final ListpackLimits NEVER_COMPACT = new ListpackLimits(0, 64);

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String s(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    private static RedisSortedSet set(String encoding, Object... scoreMember) {
        RedisSortedSet z = encoding.equals("listpack") ? RedisSortedSet.newListpack() : RedisSortedSet.newSkiplist();
        for (int i = 0; i < scoreMember.length; i += 2) {
            z.add(b((String) scoreMember[i + 1]), ((Number) scoreMember[i]).doubleValue(), AddMode.PLAIN,
                    ListpackLimits.DEFAULT);
        }
        assertEquals(encoding, z.encoding());
        return z;
    }

    private static List<String> collect(java.util.function.Consumer<ElementVisitor> range) {
        List<String> out = new ArrayList<>();
        range.accept((m, sc) -> out.add(s(m) + "=" + Numbers.formatDouble(sc)));
        return out;
    }

    @Test
    void staysCompactUpTo128MembersAndConvertsOnThe129th() {
        RedisSortedSet z = RedisSortedSet.newListpack();
        for (int i = 0; i < 128; i++) {
            z.add(b("m" + i), i, AddMode.PLAIN, ListpackLimits.DEFAULT);
        }
        assertEquals("listpack", z.encoding());
        z.add(b("m128"), 128, AddMode.PLAIN, ListpackLimits.DEFAULT);
        assertEquals("skiplist", z.encoding());
        assertEquals(129, z.size());
        assertEquals(57, z.rank(b("m57"), false));
        z.remove(b("m1"));
        assertEquals("skiplist", z.encoding(), "a set never converts back by itself");
    }

    @Test
    void aMemberLongerThan64BytesConvertsTheSet() {
        RedisSortedSet z = RedisSortedSet.newListpack();
        z.add(b("x".repeat(64)), 1, AddMode.PLAIN, ListpackLimits.DEFAULT);
        assertEquals("listpack", z.encoding());
        z.add(b("x".repeat(65)), 2, AddMode.PLAIN, ListpackLimits.DEFAULT);
        assertEquals("skiplist", z.encoding());
        assertEquals(2, z.score(b("x".repeat(65))));
    }

    @Test
    void aNewKeyStartsCompactUnlessTheFirstMemberOrTheLimitsForbidIt() {
        assertEquals("listpack", RedisSortedSet.forFirstMember(b("a"), ListpackLimits.DEFAULT).encoding());
        assertEquals("skiplist", RedisSortedSet.forFirstMember(b("x".repeat(65)), ListpackLimits.DEFAULT).encoding());
        assertEquals("skiplist", RedisSortedSet.forFirstMember(b("a"), NEVER_COMPACT).encoding());
    }

    @Test
    void storedResultsGoBackToCompactWhenTheyFit() {
        RedisSortedSet z = RedisSortedSet.newSkiplist();
        z.add(b("a"), 1, AddMode.PLAIN, ListpackLimits.DEFAULT);
        z.convertToListpackIfNeeded(ListpackLimits.DEFAULT);
        assertEquals("listpack", z.encoding());
        RedisSortedSet big = RedisSortedSet.newSkiplist();
        big.add(b("x".repeat(65)), 1, AddMode.PLAIN, ListpackLimits.DEFAULT);
        big.convertToListpackIfNeeded(ListpackLimits.DEFAULT);
        assertEquals("skiplist", big.encoding());
    }

    @ParameterizedTest
    @ValueSource(strings = {"listpack", "skiplist"})
    void addHonoursNxXxGtLtAndIncr(String encoding) {
        RedisSortedSet z = set(encoding, 5, "a");
        ListpackLimits l = ListpackLimits.DEFAULT;
        assertEquals(Outcome.SKIPPED, z.add(b("a"), 1, new AddMode(false, true, false, false, false), l).outcome());
        assertEquals(Outcome.SKIPPED, z.add(b("b"), 1, new AddMode(false, false, true, false, false), l).outcome());
        assertFalse(z.contains(b("b")));
        assertEquals(Outcome.SKIPPED, z.add(b("a"), 4, new AddMode(false, false, false, true, false), l).outcome());
        assertEquals(Outcome.SKIPPED, z.add(b("a"), 5, new AddMode(false, false, false, true, false), l).outcome());
        assertEquals(Outcome.UPDATED, z.add(b("a"), 6, new AddMode(false, false, false, true, false), l).outcome());
        assertEquals(Outcome.SKIPPED, z.add(b("a"), 7, new AddMode(false, false, false, false, true), l).outcome());
        assertEquals(Outcome.ADDED, z.add(b("c"), 7, new AddMode(false, false, false, true, false), l).outcome());
        assertEquals(Outcome.UNCHANGED, z.add(b("a"), 6, AddMode.PLAIN, l).outcome());
        RedisSortedSet.AddResult incr = z.add(b("a"), 1.5, AddMode.INCR, l);
        assertEquals(Outcome.UPDATED, incr.outcome());
        assertEquals(7.5, incr.score());
        assertEquals(Outcome.UNCHANGED, z.add(b("a"), 0, AddMode.INCR, l).outcome());
        assertEquals(List.of("c=7", "a=7.5"), collect(z::forEach));
    }

    @ParameterizedTest
    @ValueSource(strings = {"listpack", "skiplist"})
    void anIncrementGivingNanFailsAndChangesNothing(String encoding) {
        RedisSortedSet z = set(encoding, Double.POSITIVE_INFINITY, "a");
        assertSame(RedisSortedSet.NAN_SCORE, assertThrows(io.hexaredis.domain.error.RedisError.class,
                () -> z.add(b("a"), Double.NEGATIVE_INFINITY, AddMode.INCR, ListpackLimits.DEFAULT)));
        assertEquals(Double.POSITIVE_INFINITY, z.score(b("a")));
    }

    @Test
    void theCompactEncodingStoresNegativeZeroAsZeroLikeItsText() {
        RedisSortedSet lp = set("listpack", -0.0, "a");
        RedisSortedSet sl = set("skiplist", -0.0, "a");
        assertEquals("0", Numbers.formatDouble(lp.score(b("a"))));
        assertEquals("-0", Numbers.formatDouble(sl.score(b("a"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"listpack", "skiplist"})
    void ranksCountsAndRanges(String encoding) {
        RedisSortedSet z = set(encoding, 1, "a", 2, "b", 3, "c", 4, "d", 4, "e");
        assertEquals(0, z.rank(b("a"), false));
        assertEquals(4, z.rank(b("a"), true));
        assertEquals(-1, z.rank(b("x"), false));
        assertEquals(4, z.count(ScoreRange.parse(b("(1"), b("4"))));
        assertEquals(0, z.count(ScoreRange.parse(b("5"), b("+inf"))));
        assertEquals(List.of("b=2", "c=3"), collect(v -> z.rangeByRank(1, 2, false, v)));
        assertEquals(List.of("d=4", "c=3"), collect(v -> z.rangeByRank(1, 2, true, v)));
        assertEquals(List.of("c=3", "d=4"),
                collect(v -> z.rangeByScore(ScoreRange.parse(b("(1"), b("+inf")), false, 1, 2, v)));
        assertEquals(List.of("e=4", "d=4", "c=3"),
                collect(v -> z.rangeByScore(ScoreRange.parse(b("3"), b("4")), true, 0, -1, v)));
        assertEquals(List.of(), collect(v -> z.rangeByScore(ScoreRange.parse(b("-inf"), b("inf")), false, -1, 2, v)));
        assertEquals(List.of(), collect(v -> z.rangeByScore(ScoreRange.parse(b("-inf"), b("inf")), false, 5, 2, v)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"listpack", "skiplist"})
    void lexCountsRangesAndRemovals(String encoding) {
        RedisSortedSet z = set(encoding, 0, "a", 0, "b", 0, "c", 0, "d");
        assertEquals(2, z.count(LexRange.parse(b("(a"), b("[c"))));
        assertEquals(4, z.count(LexRange.parse(b("-"), b("+"))));
        assertEquals(List.of("d=0", "c=0"), collect(v -> z.rangeByLex(LexRange.parse(b("-"), b("+")), true, 0, 2, v)));
        assertEquals(List.of("b=0"), collect(v -> z.rangeByLex(LexRange.parse(b("[b"), b("[c")), false, 0, 1, v)));
        assertEquals(2, z.removeRange(LexRange.parse(b("[b"), b("[c"))));
        assertEquals(List.of("a=0", "d=0"), collect(z::forEach));
    }

    @ParameterizedTest
    @ValueSource(strings = {"listpack", "skiplist"})
    void removalsByRankAndScoreAndPops(String encoding) {
        RedisSortedSet z = set(encoding, 1, "a", 2, "b", 3, "c", 4, "d", 5, "e", 6, "f");
        assertEquals(2, z.removeRangeByRank(0, 1));
        assertEquals(1, z.removeRange(ScoreRange.parse(b("(3"), b("4"))));
        assertEquals(List.of("c=3", "e=5", "f=6"), collect(z::forEach));
        assertEquals(List.of("f=6", "e=5"), collect(v -> z.pop(true, 2, v)));
        assertEquals(List.of("c=3"), collect(v -> z.pop(false, 10, v)));
        assertEquals(0, z.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"listpack", "skiplist"})
    void randomElementsAreDistinctForPositiveCountsAndRepeatForNegativeOnes(String encoding) {
        RedisSortedSet z = set(encoding);
        for (int i = 0; i < 100; i++) {
            z.add(b("m" + i), i, AddMode.PLAIN, encoding.equals("listpack") ? ListpackLimits.DEFAULT : NEVER_COMPACT);
        }
        SplittableRandom random = new SplittableRandom(7);
        for (long count : new long[] {1, 10, 40, 99, 100, 500}) {
            Set<String> seen = new HashSet<>();
            List<String> all = collect(v -> z.randomElements(count, random, v));
            seen.addAll(all);
            assertEquals(Math.min(count, 100), all.size());
            assertEquals(all.size(), seen.size(), "distinct for count " + count);
        }
        assertEquals(300, collect(v -> z.randomElements(-300, random, v)).size());
        Set<String> hits = new HashSet<>(collect(v -> z.randomElements(-3000, random, v)));
        assertTrue(hits.size() > 90, "negative counts sample with replacement over the whole set");
    }

    @Test
    void scanShowsScoresAsTheEncodingStoresThem() {
        RedisSortedSet lp = set("listpack", 123456789012345678.0, "h", 1.5, "a");
        RedisSortedSet sl = set("skiplist", 123456789012345678.0, "h", 1.5, "a");
        List<String> fromListpack = new ArrayList<>();
        assertEquals(0, lp.scan(0, 10, (m, t) -> fromListpack.add(s(m) + "=" + t)));
        assertEquals(List.of("a=1.5", "h=123456789012345680"), fromListpack);
        List<String> fromSkiplist = new ArrayList<>();
        long cursor = 0;
        do {
            cursor = sl.scan(cursor, 10, (m, t) -> fromSkiplist.add(s(m) + "=" + t));
        } while (cursor != 0);
        fromSkiplist.sort(null);
        assertEquals(List.of("a=1.5", "h=1.2345678901234568e+17"), fromSkiplist);
    }

    @Test
    void aFullSkiplistScanReturnsEveryMemberEvenWhenTheTableShrinksMidway() {
        RedisSortedSet z = RedisSortedSet.newSkiplist();
        for (int i = 0; i < 1000; i++) {
            z.add(b("m" + i), i, AddMode.PLAIN, NEVER_COMPACT);
        }
        Set<String> seen = new HashSet<>();
        long cursor = z.scan(0, 10, (m, t) -> seen.add(s(m)));
        for (int i = 0; i < 1000; i += 2) {
            if (!seen.contains("m" + i)) {
                z.remove(b("m" + i));
            }
        }
        while (cursor != 0) {
            cursor = z.scan(cursor, 10, (m, t) -> seen.add(s(m)));
        }
        for (int i = 1; i < 1000; i += 2) {
            assertTrue(seen.contains("m" + i), "m" + i);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"listpack", "skiplist"})
    void copiesAreIndependent(String encoding) {
        RedisSortedSet z = set(encoding, 1, "a", 2, "b");
        RedisSortedSet c = z.copy();
        assertNotSame(z, c);
        c.remove(b("a"));
        assertEquals(2, z.size());
        assertEquals(encoding, c.encoding());
        assertEquals(List.of("b=2"), collect(c::forEach));
    }

    /** Random operations on both encodings against a plain sorted model. */
    @Test
    void bothEncodingsBehaveLikeASortedModel() {
        SplittableRandom random = new SplittableRandom(1);
        RedisSortedSet lp = RedisSortedSet.newListpack();
        RedisSortedSet sl = RedisSortedSet.newSkiplist();
        ListpackLimits huge = new ListpackLimits(1_000_000, 1_000_000);
        TreeMap<String, Double> model = new TreeMap<>();
        for (int step = 0; step < 3000; step++) {
            String m = "k" + random.nextInt(200);
            double score = random.nextInt(50) - 25;
            switch (random.nextInt(4)) {
                case 0, 1 -> {
                    lp.add(b(m), score, AddMode.PLAIN, huge);
                    sl.add(b(m), score, AddMode.PLAIN, NEVER_COMPACT);
                    model.put(m, score);
                }
                case 2 -> {
                    assertEquals(model.remove(m) != null, lp.remove(b(m)));
                    sl.remove(b(m));
                }
                default -> {
                    lp.add(b(m), score, AddMode.INCR, huge);
                    sl.add(b(m), score, AddMode.INCR, NEVER_COMPACT);
                    model.merge(m, score, Double::sum);
                }
            }
        }
        List<String> expected = new ArrayList<>();
        model.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Double>comparingByValue().thenComparing(java.util.Map.Entry.comparingByKey()))
                .forEach(e -> expected.add(e.getKey() + "=" + Numbers.formatDouble(e.getValue() == 0 ? 0.0 : e.getValue())));
        assertEquals("listpack", lp.encoding());
        assertEquals(expected, collect(lp::forEach));
        List<String> fromSkiplist = collect(sl::forEach);
        fromSkiplist.replaceAll(x -> x.replace("=-0", "=0"));
        assertEquals(expected, fromSkiplist);
        for (int i = 0; i < expected.size(); i++) {
            String member = expected.get(i).split("=")[0];
            assertEquals(i, lp.rank(b(member), false));
            assertEquals(i, sl.rank(b(member), false));
        }
        ScoreRange range = ScoreRange.parse(b("(-5"), b("7"));
        assertEquals(collect(v -> lp.rangeByScore(range, true, 2, 5, v)), collect(v -> sl.rangeByScore(range, true, 2, 5, v)));
        assertEquals(lp.count(range), sl.count(range));
    }
}
