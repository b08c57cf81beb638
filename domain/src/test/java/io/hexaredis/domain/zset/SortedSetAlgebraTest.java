package io.hexaredis.domain.zset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.domain.bytes.Numbers;
import io.hexaredis.domain.zset.SortedSetAlgebra.Aggregate;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SortedSetAlgebraTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    private static RedisSortedSet z(Object... scoreMember) {
        RedisSortedSet z = RedisSortedSet.newListpack();
        for (int i = 0; i < scoreMember.length; i += 2) {
            z.add(((String) scoreMember[i + 1]).getBytes(StandardCharsets.UTF_8), ((Number) scoreMember[i]).doubleValue(),
                    AddMode.PLAIN, ListpackLimits.DEFAULT);
        }
        return z;
    }

    private static String text(RedisSortedSet z) {
        List<String> out = new ArrayList<>();
        z.forEach((m, s) -> out.add(new String(m, StandardCharsets.UTF_8) + "=" + Numbers.formatDouble(s)));
        return String.join(" ", out);
    }

    @Test
    void unionWeightsAndAggregatesInInputOrder() {
        List<ZsetOperand> in = List.of(z(1, "a", 2, "b"), z(1, "b", 3, "c"));
        assertEquals("a=1 b=3 c=3", text(SortedSetAlgebra.union(in, new double[] {1, 1}, Aggregate.SUM)));
        assertEquals("a=2 c=3 b=5", text(SortedSetAlgebra.union(in, new double[] {2, 1}, Aggregate.SUM)));
        assertEquals("a=1 b=1 c=3", text(SortedSetAlgebra.union(in, new double[] {1, 1}, Aggregate.MIN)));
        assertEquals("a=1 b=2 c=3", text(SortedSetAlgebra.union(in, new double[] {1, 1}, Aggregate.MAX)));
    }

    @Test
    void notANumberCountsAsZeroInWeightsAndSums() {
        RedisSortedSet infinite = z(INF, "a", -INF, "b");
        assertEquals("a=0 b=0", text(SortedSetAlgebra.union(List.of(infinite), new double[] {0}, Aggregate.SUM)));
        assertEquals("a=0 b=0", text(SortedSetAlgebra.union(List.of(infinite, infinite), new double[] {1, -1}, Aggregate.SUM)));
        assertEquals("a=-inf b=-inf", text(SortedSetAlgebra.inter(List.of(infinite, infinite), new double[] {1, -1}, Aggregate.MIN)));
    }

    @Test
    void interKeepsCommonMembersAndDiffKeepsTheFirstInputsOwn() {
        RedisSortedSet a = z(1, "a", 2, "b", 3, "c");
        RedisSortedSet b = z(10, "b", 20, "c", 30, "d");
        assertEquals("b=12 c=23", text(SortedSetAlgebra.inter(List.of(a, b), new double[] {1, 1}, Aggregate.SUM)));
        assertEquals("", text(SortedSetAlgebra.inter(List.of(a, ZsetOperand.EMPTY), new double[] {1, 1}, Aggregate.SUM)));
        assertEquals("a=1", text(SortedSetAlgebra.diff(List.of(a, b))));
        assertEquals("d=30", text(SortedSetAlgebra.diff(List.of(b, a, ZsetOperand.EMPTY))));
    }

    @Test
    void interCardStopsAtTheLimit() {
        RedisSortedSet a = z(1, "a", 2, "b", 3, "c");
        RedisSortedSet b = z(1, "a", 2, "b", 3, "c", 4, "d");
        assertEquals(3, SortedSetAlgebra.interCard(List.of(a, b), 0));
        assertEquals(2, SortedSetAlgebra.interCard(List.of(a, b), 2));
        assertEquals(3, SortedSetAlgebra.interCard(List.of(a, b), 10));
        assertEquals(0, SortedSetAlgebra.interCard(List.of(a, ZsetOperand.EMPTY), 0));
    }

    @Test
    void theSmallestInputComesFirstSoMinKeepsItsNegativeZero() {
        RedisSortedSet big = RedisSortedSet.newSkiplist();
        big.add(b("x"), 0.0, AddMode.PLAIN, ListpackLimits.DEFAULT);
        big.add(b("y"), 1, AddMode.PLAIN, ListpackLimits.DEFAULT);
        RedisSortedSet small = RedisSortedSet.newSkiplist();
        small.add(b("x"), -0.0, AddMode.PLAIN, ListpackLimits.DEFAULT);
        assertEquals("x=-0 y=1", text(SortedSetAlgebra.union(List.of(big, small), new double[] {1, 1}, Aggregate.MIN)));
        assertEquals("x=-0", text(SortedSetAlgebra.inter(List.of(big, small), new double[] {1, 1}, Aggregate.MAX)));
    }

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void resultsAreSkiplistsUntilStored() {
        RedisSortedSet small = SortedSetAlgebra.inter(List.of(z(1, "a"), z(1, "a")), new double[] {1, 1}, Aggregate.SUM);
        assertEquals("skiplist", small.encoding());
        small.convertToListpackIfNeeded(ListpackLimits.DEFAULT);
        assertEquals("listpack", small.encoding());
    }
}
