package io.hexaredis.domain.zset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hexaredis.domain.zset.ZSkipList.Node;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SkipListTest {

    private final SplittableRandom random = new SplittableRandom(42);
    private final ZSkipList zsl = new ZSkipList(random);

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String s(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private List<String> forward() {
        List<String> out = new ArrayList<>();
        for (Node n = zsl.first(); n != null; n = n.next()) {
            out.add(s(n.ele) + "=" + n.score);
        }
        return out;
    }

    private List<String> backward() {
        List<String> out = new ArrayList<>();
        for (Node n = zsl.last(); n != null; n = n.backward) {
            out.add(0, s(n.ele) + "=" + n.score);
        }
        return out;
    }

    /** Every link's span must equal the difference of the ranks of its two ends (to NULL: the rest of the list). */
    private void assertSpansConsistent() {
        List<Node> nodes = new ArrayList<>();
        for (Node n = zsl.first(); n != null; n = n.next()) {
            nodes.add(n);
        }
        assertEquals(nodes.size(), zsl.length());
        for (int level = 0; level < zsl.levels(); level++) {
            Node x = zsl.header;
            long rank = 0;
            while (true) {
                Node next = x.forward[level];
                long nextRank = next == null ? zsl.length() : nodes.indexOf(next) + 1;
                assertEquals(nextRank - rank, x.span[level], "span at level " + level + " after rank " + rank);
                if (next == null) {
                    break;
                }
                x = next;
                rank = nextRank;
            }
        }
        assertTrue(zsl.levels() == 1 || zsl.header.forward[zsl.levels() - 1] != null, "no empty top level");
    }

    @Test
    void keepsNodesOrderedByScoreThenMemberWithBackwardLinks() {
        zsl.insert(2, b("b"));
        zsl.insert(1, b("z"));
        zsl.insert(2, b("a"));
        zsl.insert(-1, b("m"));
        assertEquals(List.of("m=-1.0", "z=1.0", "a=2.0", "b=2.0"), forward());
        assertEquals(forward(), backward());
        assertSpansConsistent();
    }

    @Test
    void equalScoresCompareMembersAsUnsignedBytesWithPrefixesFirst() {
        zsl.insert(0, new byte[] {(byte) 0xff});
        zsl.insert(0, b("ab"));
        zsl.insert(0, b("a"));
        zsl.insert(0, new byte[0]);
        assertEquals(List.of("=0.0", "a=0.0", "ab=0.0", "\u00ff=0.0"), forward());
    }

    @Test
    void rankAndByRankAreInversesAndSpansStayConsistentUnderChurn() {
        List<double[]> live = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            double score = random.nextInt(300);
            byte[] ele = b("m" + i);
            zsl.insert(score, ele);
            live.add(new double[] {score, i});
            if (i % 3 == 0) {
                double[] victim = live.remove(random.nextInt(live.size()));
                assertNotNull(zsl.delete(victim[0], b("m" + (int) victim[1])));
            }
        }
        assertSpansConsistent();
        live.sort(Comparator.<double[]>comparingDouble(e -> e[0]).thenComparing(e -> "m" + (int) e[1]));
        for (int r = 0; r < live.size(); r++) {
            double[] e = live.get(r);
            Node n = zsl.byRank(r + 1);
            assertEquals("m" + (int) e[1], s(n.ele));
            assertEquals(r + 1, zsl.rankOf(e[0], n.ele));
        }
        assertNull(zsl.byRank(0));
        assertNull(zsl.byRank(live.size() + 1));
        assertEquals(0, zsl.rankOf(1, b("absent")));
    }

    @Test
    void deletingAMissingElementChangesNothing() {
        zsl.insert(1, b("a"));
        assertNull(zsl.delete(1, b("b")));
        assertNull(zsl.delete(2, b("a")));
        assertEquals(1, zsl.length());
    }

    @Test
    void levelsAreCappedAtThirtyTwoAndAverageAboutFourThirds() {
        long total = 0;
        int max = 0;
        for (int i = 0; i < 100_000; i++) {
            int level = zsl.randomLevel();
            total += level;
            max = Math.max(max, level);
        }
        assertTrue(max <= ZSkipList.MAX_LEVEL);
        double mean = total / 100_000.0;
        assertTrue(mean > 1.30 && mean < 1.37, "mean level " + mean);
    }

    @Test
    void updateScoreKeepsTheNodeInPlaceOrMovesTheSameNode() {
        Node a = zsl.insert(1, b("a"));
        zsl.insert(5, b("b"));
        zsl.insert(9, b("c"));
        assertSame(a, zsl.updateScore(1, b("a"), 3));
        assertEquals(List.of("a=3.0", "b=5.0", "c=9.0"), forward());
        assertSame(a, zsl.updateScore(3, b("a"), 10));
        assertEquals(List.of("b=5.0", "c=9.0", "a=10.0"), forward());
        assertEquals(forward(), backward());
        assertEquals(3, zsl.rankOf(10, b("a")));
        assertSpansConsistent();
    }

    @Test
    void scoreRangesHonourExclusiveBoundsAndInfinities() {
        for (int i = 1; i <= 5; i++) {
            zsl.insert(i, b("m" + i));
        }
        assertEquals("m2", s(zsl.firstInRange(ElementRange.of(ScoreRange.parse(b("(1"), b("3")))).ele));
        assertEquals("m3", s(zsl.lastInRange(ElementRange.of(ScoreRange.parse(b("(1"), b("3")))).ele));
        assertEquals("m2", s(zsl.lastInRange(ElementRange.of(ScoreRange.parse(b("-inf"), b("(3")))).ele));
        assertEquals("m1", s(zsl.firstInRange(ElementRange.of(ScoreRange.parse(b("-inf"), b("+inf")))).ele));
        assertNull(zsl.firstInRange(ElementRange.of(ScoreRange.parse(b("(5"), b("+inf")))));
        assertNull(zsl.firstInRange(ElementRange.of(ScoreRange.parse(b("3"), b("2")))));
        assertNull(zsl.firstInRange(ElementRange.of(ScoreRange.parse(b("(3"), b("3")))));
        assertNull(zsl.firstInRange(ElementRange.of(ScoreRange.parse(b("3.2"), b("3.8")))));
        assertNull(zsl.lastInRange(ElementRange.of(ScoreRange.parse(b("3.2"), b("3.8")))));
    }

    @Test
    void lexRangesUseInclusiveExclusiveAndOpenEnds() {
        for (String m : new String[] {"a", "b", "c", "d"}) {
            zsl.insert(0, b(m));
        }
        assertEquals("b", s(zsl.firstInRange(ElementRange.of(LexRange.parse(b("(a"), b("+")))).ele));
        assertEquals("c", s(zsl.lastInRange(ElementRange.of(LexRange.parse(b("-"), b("(d")))).ele));
        assertEquals("a", s(zsl.firstInRange(ElementRange.of(LexRange.parse(b("-"), b("[a")))).ele));
        assertNull(zsl.firstInRange(ElementRange.of(LexRange.parse(b("+"), b("-")))));
        assertNull(zsl.firstInRange(ElementRange.of(LexRange.parse(b("(b"), b("(c")))));
        assertNull(zsl.firstInRange(ElementRange.of(LexRange.parse(b("[e"), b("+")))));
    }

    @Test
    void rangeDeletionsRemoveExactlyTheRangeAndReportEachNode() {
        for (int i = 1; i <= 10; i++) {
            zsl.insert(i, b("m" + i));
        }
        List<String> removed = new ArrayList<>();
        assertEquals(3, zsl.deleteRange(ElementRange.of(ScoreRange.parse(b("(2"), b("5"))), n -> removed.add(s(n.ele))));
        assertEquals(List.of("m3", "m4", "m5"), removed);
        assertEquals(2, zsl.deleteRangeByRank(1, 2, n -> removed.add(s(n.ele))));
        assertEquals(List.of("m6=6.0", "m7=7.0", "m8=8.0", "m9=9.0", "m10=10.0"), forward());
        assertSpansConsistent();
        assertEquals(5, zsl.deleteRangeByRank(1, 100, n -> { }));
        assertEquals(0, zsl.length());
        assertNull(zsl.first());
        assertNull(zsl.last());
    }

    @Test
    void lexRangeDeletionRemovesTheMembersBetweenTheBounds() {
        for (String m : new String[] {"a", "b", "c", "d", "e"}) {
            zsl.insert(0, b(m));
        }
        List<String> removed = new ArrayList<>();
        assertEquals(2, zsl.deleteRange(ElementRange.of(LexRange.parse(b("(a"), b("[c"))), n -> removed.add(s(n.ele))));
        assertEquals(List.of("b", "c"), removed);
        assertEquals(List.of("a=0.0", "d=0.0", "e=0.0"), forward());
        assertEquals(forward(), backward());
        assertSpansConsistent();
        assertEquals(0, zsl.deleteRange(ElementRange.of(LexRange.parse(b("(d"), b("(e"))), n -> { }));
    }
}
