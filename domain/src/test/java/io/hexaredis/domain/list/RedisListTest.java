package io.hexaredis.domain.list;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedisListTest {

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> all(RedisList list) {
        List<String> out = new ArrayList<>();
        for (byte[] e : list.range(0, -1)) {
            out.add(new String(e, StandardCharsets.UTF_8));
        }
        return out;
    }

    private static RedisList of(int fill, String... elements) {
        RedisList list = new RedisList(fill);
        for (String e : elements) {
            list.pushTail(b(e));
        }
        return list;
    }

    private static void assertLayout(RedisList list) {
        int sum = Arrays.stream(list.nodeCounts()).sum();
        assertEquals(list.size(), sum, "node counts add up to the size");
        assertEquals(list.nodeCount(), list.nodeCounts().length);
        for (int c : list.nodeCounts()) {
            assertTrue(c > 0, "no empty node remains");
        }
    }

    @Test
    void everyListReportsTheQuicklistEncodingOfRedis70() {
        assertEquals("quicklist", of(-2, "a").encoding());
        assertEquals("quicklist", of(-2).encoding());
    }

    @Test
    void aPositiveFillCountsElementsPerNode() {
        RedisList list = of(3, "1", "2", "3", "4", "5", "6", "7");
        assertArrayEquals(new int[] {3, 3, 1}, list.nodeCounts());
        list.pushHead(b("0"));
        assertArrayEquals(new int[] {1, 3, 3, 1}, list.nodeCounts());
    }

    @Test
    void aNegativeFillBoundsTheBytesPerNode() {
        RedisList list = new RedisList(-1); // 4 KiB
        byte[] element = new byte[100];     // 102 bytes an entry
        for (int i = 0; i < 100; i++) {
            list.pushTail(element);
        }
        for (int bytes : list.nodeBytes()) {
            assertTrue(bytes <= 4096);
        }
        assertArrayEquals(new int[] {40, 40, 20}, list.nodeCounts());
    }

    @Test
    void fillsBeyondTheLimitsAreClamped() {
        assertEquals(-5, new RedisList(-100).fill());
        assertEquals(RedisList.FILL_MAX, new RedisList(1_000_000).fill());
    }

    @Test
    void aPositiveFillStillObeysTheEightKilobyteSafetyLimit() {
        RedisList list = new RedisList(1000);
        byte[] element = new byte[1000];
        for (int i = 0; i < 20; i++) {
            list.pushTail(element);
        }
        assertArrayEquals(new int[] {8, 8, 4}, list.nodeCounts());
    }

    @Test
    void fillZeroPutsEachElementInItsOwnNode() {
        RedisList list = of(0, "a", "b", "c");
        assertArrayEquals(new int[] {1, 1, 1}, list.nodeCounts());
    }

    @Test
    void aLargeElementGetsAPlainNodeAndKeepsItsBytes() {
        RedisList list = of(-2, "a", "b");
        byte[] large = new byte[100_000];
        large[0] = 42;
        list.pushTail(large);
        list.pushTail(b("c"));
        assertArrayEquals(new boolean[] {false, true, false}, list.plainNodes());
        assertEquals(4, list.size());
        assertEquals(42, list.get(2)[0]);
        assertEquals(100_000, list.get(-2).length);
        assertEquals(List.of("a", "b"), all(list).subList(0, 2));
        list.popTail();
        assertSame(large, list.popTail(), "a plain node holds the element's own bytes");
    }

    @Test
    void popsAtBothEndsEmptyTheNodes() {
        RedisList list = of(2, "a", "b", "c", "d", "e");
        assertEquals("a", new String(list.popHead(), StandardCharsets.UTF_8));
        assertEquals("e", new String(list.pop(ListEnd.TAIL), StandardCharsets.UTF_8));
        assertEquals(List.of("b", "c", "d"), all(list));
        list.popHead();
        list.popHead();
        list.popHead();
        assertNull(list.popHead());
        assertNull(list.popTail());
        assertEquals(0, list.nodeCount());
        assertEquals(0, list.size());
    }

    @Test
    void indexesCountFromEitherEnd() {
        RedisList list = of(2, "a", "b", "c", "d", "e");
        assertEquals("a", new String(list.get(0), StandardCharsets.UTF_8));
        assertEquals("d", new String(list.get(3), StandardCharsets.UTF_8));
        assertEquals("e", new String(list.get(-1), StandardCharsets.UTF_8));
        assertEquals("a", new String(list.get(-5), StandardCharsets.UTF_8));
        assertNull(list.get(5));
        assertNull(list.get(-6));
    }

    @Test
    void rangesAreClampedLikeLrange() {
        RedisList list = of(2, "a", "b", "c", "d", "e");
        assertEquals(List.of("b", "c", "d"), toStrings(list.range(1, 3)));
        assertEquals(List.of("d", "e"), toStrings(list.range(-2, 100)));
        assertEquals(List.of("a", "b"), toStrings(list.range(-100, 1)));
        assertEquals(List.of(), toStrings(list.range(3, 1)));
        assertEquals(List.of(), toStrings(list.range(5, 10)));
    }

    private static List<String> toStrings(List<byte[]> elements) {
        return elements.stream().map(e -> new String(e, StandardCharsets.UTF_8)).toList();
    }

    @Test
    void insertingInTheMiddleOfAFullNodeSplitsIt() {
        RedisList list = of(4, "a", "b", "c", "d");
        assertArrayEquals(new int[] {4}, list.nodeCounts());
        assertTrue(list.insert(b("b"), b("x"), true));
        assertEquals(List.of("a", "b", "x", "c", "d"), all(list));
        assertEquals(2, list.nodeCount());
        assertLayout(list);
    }

    @Test
    void insertingAtTheEdgeOfAFullNodeUsesTheNeighbour() {
        RedisList list = of(2, "a", "b", "c");
        assertArrayEquals(new int[] {2, 1}, list.nodeCounts());
        assertTrue(list.insert(b("b"), b("x"), true)); // after the last of the first node
        assertArrayEquals(new int[] {2, 2}, list.nodeCounts());
        assertEquals(List.of("a", "b", "x", "c"), all(list));
        assertFalse(list.insert(b("nope"), b("y"), false));
    }

    @Test
    void removalsMergeNodesThatFitTogether() {
        RedisList list = of(4, "a", "x", "x", "b", "c", "x", "x", "d");
        assertArrayEquals(new int[] {4, 4}, list.nodeCounts());
        assertEquals(4, list.remove(b("x"), 0));
        assertArrayEquals(new int[] {4}, list.nodeCounts());
        assertEquals(List.of("a", "b", "c", "d"), all(list));
    }

    @Test
    void removeCountsFromTheHeadOrTheTail() {
        RedisList list = of(3, "x", "a", "x", "b", "x", "c", "x");
        assertEquals(2, list.remove(b("x"), 2));
        assertEquals(List.of("a", "b", "x", "c", "x"), all(list));
        assertEquals(1, list.remove(b("x"), -1));
        assertEquals(List.of("a", "b", "x", "c"), all(list));
        assertEquals(0, list.remove(b("zz"), 0));
        assertLayout(list);
    }

    @Test
    void setReplacesInPlaceOrMovesAcrossNodes() {
        RedisList list = of(-1, "a", "b", "c");
        assertTrue(list.set(1, b("B")));
        assertTrue(list.set(-1, new byte[10_000])); // now too large to stay packed
        assertArrayEquals(new boolean[] {false, true}, list.plainNodes());
        assertTrue(list.set(-1, b("c")));
        assertEquals(List.of("a", "B", "c"), all(list));
        assertFalse(list.set(3, b("z")));
        assertFalse(list.set(-4, b("z")));
        assertLayout(list);
    }

    @Test
    void trimKeepsTheRangeAcrossNodeBoundaries() {
        RedisList list = new RedisList(3);
        for (int i = 0; i < 20; i++) {
            list.pushTail(b(Integer.toString(i)));
        }
        list.trim(4, -5);
        assertEquals(12, list.size());
        assertEquals("4", new String(list.get(0), StandardCharsets.UTF_8));
        assertEquals("15", new String(list.get(-1), StandardCharsets.UTF_8));
        assertLayout(list);
        list.trim(5, 2);
        assertEquals(0, list.size());
        assertEquals(0, list.nodeCount());
    }

    @Test
    void positionsFollowRankCountAndMaxlen() {
        RedisList list = of(2, "a", "b", "c", "1", "2", "3", "c", "c");
        assertEquals(List.of(2L), list.positions(b("c"), 1, 1, 0));
        assertEquals(List.of(2L, 6L, 7L), list.positions(b("c"), 1, 0, 0));
        assertEquals(List.of(6L, 7L), list.positions(b("c"), 2, 0, 0));
        assertEquals(List.of(7L, 6L), list.positions(b("c"), -1, 2, 0));
        assertEquals(List.of(6L), list.positions(b("c"), -2, 1, 0));
        assertEquals(List.of(), list.positions(b("c"), 1, 0, 2));
        assertEquals(List.of(2L), list.positions(b("c"), 1, 0, 3));
        assertEquals(List.of(), list.positions(b("zz"), 1, 0, 0));
    }

    @Test
    void aCopyIsIndependent() {
        RedisList list = of(2, "a", "b", "c");
        RedisList copy = list.copy();
        copy.pushTail(b("d"));
        copy.set(0, b("A"));
        assertEquals(List.of("a", "b", "c"), all(list));
        assertEquals(List.of("A", "b", "c", "d"), all(copy));
        assertLayout(copy);
    }

    /**
     * Random operations against a plain Java list, for several fills and element sizes that cross
     * node limits, checking contents and node invariants after each step.
     */
    @ParameterizedTest
    @ValueSource(ints = {-5, -2, -1, 0, 1, 3, 16})
    void behavesLikeAnArrayListUnderRandomOperations(int fill) {
        SplittableRandom random = new SplittableRandom(fill + 1000);
        RedisList list = new RedisList(fill);
        List<String> model = new ArrayList<>();
        for (int step = 0; step < 3000; step++) {
            String value = randomValue(random);
            int op = random.nextInt(10);
            switch (op) {
                case 0, 1 -> {
                    list.pushTail(b(value));
                    model.add(value);
                }
                case 2 -> {
                    list.pushHead(b(value));
                    model.add(0, value);
                }
                case 3 -> {
                    boolean fromHead = random.nextBoolean();
                    byte[] popped = list.pop(fromHead ? ListEnd.HEAD : ListEnd.TAIL);
                    if (popped == null) {
                        assertTrue(model.isEmpty());
                    } else {
                        String expected = model.remove(fromHead ? 0 : model.size() - 1);
                        assertEquals(expected, new String(popped, StandardCharsets.UTF_8));
                    }
                }
                case 4 -> {
                    if (!model.isEmpty()) {
                        int i = random.nextInt(model.size());
                        list.set(i, b(value));
                        model.set(i, value);
                    }
                }
                case 5 -> {
                    if (!model.isEmpty()) {
                        String pivot = model.get(random.nextInt(model.size()));
                        boolean after = random.nextBoolean();
                        list.insert(b(pivot), b(value), after);
                        int at = model.indexOf(pivot);
                        model.add(after ? at + 1 : at, value);
                    }
                }
                case 6 -> {
                    if (!model.isEmpty()) {
                        String target = model.get(random.nextInt(model.size()));
                        long count = random.nextInt(5) - 2;
                        long removed = list.remove(b(target), count);
                        assertEquals(removeFromModel(model, target, count), removed);
                    }
                }
                case 7 -> {
                    if (random.nextInt(20) == 0 && !model.isEmpty()) {
                        int s = random.nextInt(model.size());
                        int e = s + random.nextInt(model.size() - s);
                        list.trim(s, e);
                        List<String> kept = new ArrayList<>(model.subList(s, e + 1));
                        model.clear();
                        model.addAll(kept);
                    }
                }
                default -> {
                    if (!model.isEmpty()) {
                        int i = random.nextInt(model.size());
                        assertEquals(model.get(i), new String(list.get(i), StandardCharsets.UTF_8));
                        assertEquals(model.get(i), new String(list.get(i - model.size()), StandardCharsets.UTF_8));
                    }
                }
            }
            assertEquals(model.size(), list.size());
            assertLayout(list);
            if (step % 50 == 0) {
                assertEquals(model, all(list));
                if (!model.isEmpty()) {
                    String probe = model.get(random.nextInt(model.size()));
                    List<Long> expected = new ArrayList<>();
                    for (int i = 0; i < model.size(); i++) {
                        if (model.get(i).equals(probe)) {
                            expected.add((long) i);
                        }
                    }
                    assertEquals(expected, list.positions(b(probe), 1, 0, 0));
                }
            }
        }
        assertEquals(model, all(list));
    }

    private static String randomValue(SplittableRandom random) {
        int kind = random.nextInt(20);
        int len = kind == 0 ? 5000 + random.nextInt(70_000) : kind < 4 ? 100 + random.nextInt(400) : random.nextInt(8);
        StringBuilder sb = new StringBuilder(len);
        for (int i = 0; i < len; i++) {
            sb.append((char) ('a' + random.nextInt(3)));
        }
        return sb.toString();
    }

    private static long removeFromModel(List<String> model, String target, long count) {
        long removed = 0;
        long limit = count == 0 ? Long.MAX_VALUE : Math.abs(count);
        if (count >= 0) {
            for (int i = 0; i < model.size() && removed < limit; ) {
                if (model.get(i).equals(target)) {
                    model.remove(i);
                    removed++;
                } else {
                    i++;
                }
            }
        } else {
            for (int i = model.size() - 1; i >= 0 && removed < limit; i--) {
                if (model.get(i).equals(target)) {
                    model.remove(i);
                    removed++;
                }
            }
        }
        return removed;
    }
}
