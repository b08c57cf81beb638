package io.hexaredis.domain.zset;

import io.hexaredis.domain.bytes.ByteStrings;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * The ordered half of a large sorted set: a skip list of (score, member) nodes, sorted by score
 * and then by member bytes, with a span on every link so that ranks cost O(log N).
 *
 * <p>Redis: zskiplist and the zsl* functions of t_zset.c, after William Pugh's "Skip Lists: A
 * Probabilistic Alternative to Balanced Trees", with Redis's three changes: equal scores are
 * allowed (the member breaks the tie), every level-0 node points back to its predecessor (so
 * ZREVRANGE walks backwards), and every forward link records its span, the number of level-0 steps
 * it jumps over. Summing the spans crossed on the way down to a node gives its rank.
 *
 * <pre>
 *   level 2   H ----------------3---------------> c --------------------> NULL
 *   level 1   H ---1---> a ---------2-----------> c ---1---> d ---------> NULL
 *   level 0   H ---1---> a ---1---> b ---1------> c ---1---> d ---------> NULL
 *                        a <------- b <---------- c <------- d    (backward links)
 *
 *   rank of d = 3 (H to c on level 2) + 1 (c to d on level 1) = 4
 * </pre>
 *
 * A new node gets level 1, and each further level with probability 1/4, up to 32 levels
 * (zslRandomLevel()): on average 1.33 links per node, and searches in O(log N) for up to 2^64
 * elements. Spans are ints: a Java array could not index more elements than that anyway.
 *
 * <p>The sorted set's {@link io.hexaredis.domain.dict.Dict} maps each member to its node here, so
 * that a score lookup costs O(1). The search paths kept in {@link #update} and {@link #rank} are scratch space reused by
 * every operation (Redis keeps them on the C stack): the skip list is only ever changed by the
 * thread that owns the keyspace.
 */
final class ZSkipList {

    static final int MAX_LEVEL = 32;                         // ZSKIPLIST_MAXLEVEL
    private static final int P_THRESHOLD = (int) (0.25 * 0xFFFF); // ZSKIPLIST_P = 0.25, as zslRandomLevel() compares it

    /** One element: Redis's zskiplistNode. */
    static final class Node {
        final byte[] ele;
        double score;
        Node backward;
        final Node[] forward;
        final int[] span;

        Node(int level, double score, byte[] ele) {
            this.ele = ele;
            this.score = score;
            this.forward = new Node[level];
            this.span = new int[level];
        }

        int level() {
            return forward.length;
        }

        Node next() {
            return forward[0];
        }
    }

    final Node header = new Node(MAX_LEVEL, 0, null);
    private Node tail;
    private int length;
    private int level = 1;
    private final RandomGenerator random;
    private final Node[] update = new Node[MAX_LEVEL];
    private final int[] rank = new int[MAX_LEVEL];

    ZSkipList(RandomGenerator random) {
        this.random = random;
    }

    int length() {
        return length;
    }

    /** The lowest node, or null. */
    Node first() {
        return header.forward[0];
    }

    /** The highest node, or null. */
    Node last() {
        return tail;
    }

    int levels() {
        return level;
    }

    /** zslRandomLevel(): 1, then one more level with probability 1/4 each time. */
    int randomLevel() {
        int lvl = 1;
        while ((random.nextInt() & 0xFFFF) < P_THRESHOLD && lvl < MAX_LEVEL) {
            lvl++;
        }
        return lvl;
    }

    /** True when node {@code n} sorts before (score, ele). */
    private static boolean precedes(Node n, double score, byte[] ele) {
        return n.score < score || (n.score == score && ByteStrings.compare(n.ele, ele) < 0);
    }

    /** zslInsert(): adds a new node; the caller has checked that {@code ele} is not in the list. */
    Node insert(double score, byte[] ele) {
        Node x = new Node(randomLevel(), score, ele);
        link(x);
        return x;
    }

    /** Links {@code x} (of any level, its links unset) at the position of its score and member. */
    private void link(Node x) {
        Node n = header;
        for (int i = level - 1; i >= 0; i--) {
            rank[i] = i == level - 1 ? 0 : rank[i + 1];
            while (n.forward[i] != null && precedes(n.forward[i], x.score, x.ele)) {
                rank[i] += n.span[i];
                n = n.forward[i];
            }
            update[i] = n;
        }
        int lvl = x.level();
        if (lvl > level) {
            for (int i = level; i < lvl; i++) {
                rank[i] = 0;
                update[i] = header;
                header.span[i] = length;
            }
            level = lvl;
        }
        for (int i = 0; i < lvl; i++) {
            x.forward[i] = update[i].forward[i];
            update[i].forward[i] = x;
            x.span[i] = update[i].span[i] - (rank[0] - rank[i]);
            update[i].span[i] = (rank[0] - rank[i]) + 1;
        }
        for (int i = lvl; i < level; i++) {
            update[i].span[i]++;
        }
        x.backward = update[0] == header ? null : update[0];
        if (x.forward[0] != null) {
            x.forward[0].backward = x;
        } else {
            tail = x;
        }
        length++;
        clearPath();
    }

    /** zslDeleteNode(): unlinks {@code x}, whose predecessors at every level are in {@link #update}. */
    private void unlink(Node x) {
        for (int i = 0; i < level; i++) {
            if (update[i].forward[i] == x) {
                update[i].span[i] += x.span[i] - 1;
                update[i].forward[i] = x.forward[i];
            } else {
                update[i].span[i] -= 1;
            }
        }
        if (x.forward[0] != null) {
            x.forward[0].backward = x.backward;
        } else {
            tail = x.backward;
        }
        while (level > 1 && header.forward[level - 1] == null) {
            level--;
        }
        length--;
    }

    /** Fills {@link #update} with the last node before (score, ele) at every level; returns the level-0 one. */
    private Node findPath(double score, byte[] ele) {
        Node n = header;
        for (int i = level - 1; i >= 0; i--) {
            while (n.forward[i] != null && precedes(n.forward[i], score, ele)) {
                n = n.forward[i];
            }
            update[i] = n;
        }
        return n;
    }

    /** zslDelete(): removes the node of (score, ele) and returns it, or null if there is none. */
    Node delete(double score, byte[] ele) {
        Node x = findPath(score, ele).forward[0];
        if (x != null && x.score == score && Arrays.equals(x.ele, ele)) {
            unlink(x);
            clearPath();
            return x;
        }
        clearPath();
        return null;
    }

    /**
     * zslUpdateScore(): gives the node of (curScore, ele), which must exist, a new score. When the
     * node keeps its place between its neighbours the score is changed in place; otherwise the
     * same node is unlinked and linked again at its new place, keeping its level.
     */
    Node updateScore(double curScore, byte[] ele, double newScore) {
        Node x = findPath(curScore, ele).forward[0];
        if ((x.backward == null || x.backward.score < newScore)
                && (x.forward[0] == null || x.forward[0].score > newScore)) {
            x.score = newScore;
            clearPath();
            return x;
        }
        unlink(x);
        x.score = newScore;
        Arrays.fill(x.forward, null);
        link(x);
        return x;
    }

    /** zslGetRank(): the 1-based rank of (score, ele), 0 if it is not in the list. */
    long rankOf(double score, byte[] ele) {
        long traversed = 0;
        Node x = header;
        for (int i = level - 1; i >= 0; i--) {
            while (x.forward[i] != null
                    && (x.forward[i].score < score
                            || (x.forward[i].score == score && ByteStrings.compare(x.forward[i].ele, ele) <= 0))) {
                traversed += x.span[i];
                x = x.forward[i];
            }
            if (x.ele != null && x.score == score && Arrays.equals(x.ele, ele)) {
                return traversed;
            }
        }
        return 0;
    }

    /** zslGetElementByRank(): the node of 1-based {@code rank}, or null when out of range. */
    Node byRank(long rank) {
        long traversed = 0;
        Node x = header;
        for (int i = level - 1; i >= 0; i--) {
            while (x.forward[i] != null && traversed + x.span[i] <= rank) {
                traversed += x.span[i];
                x = x.forward[i];
            }
            if (traversed == rank) {
                return x == header ? null : x;
            }
        }
        return null;
    }

    // ---- score and lexicographic ranges (the latter meaningful when all scores are equal) ----

    /** zslIsInRange() / zslIsInLexRange(): true when some node may be inside (the range is not empty and overlaps). */
    private boolean isInRange(ElementRange range) {
        if (range.isEmpty()) {
            return false;
        }
        Node x = tail;
        if (x == null || !range.aboveMin(x)) {
            return false;
        }
        x = header.forward[0];
        return x != null && range.belowMax(x);
    }

    /** zslNthInRange() with n = 0 / zslFirstInLexRange(): the lowest node inside the range, or null. */
    Node firstInRange(ElementRange range) {
        if (!isInRange(range)) {
            return null;
        }
        Node x = header;
        for (int i = level - 1; i >= 0; i--) {
            while (x.forward[i] != null && !range.aboveMin(x.forward[i])) {
                x = x.forward[i];
            }
        }
        x = x.forward[0];
        return range.belowMax(x) ? x : null;
    }

    /** zslLastInLexRange() and its score twin: the highest node inside the range, or null. */
    Node lastInRange(ElementRange range) {
        if (!isInRange(range)) {
            return null;
        }
        Node x = header;
        for (int i = level - 1; i >= 0; i--) {
            while (x.forward[i] != null && range.belowMax(x.forward[i])) {
                x = x.forward[i];
            }
        }
        return range.aboveMin(x) ? x : null;
    }

    /**
     * zslDeleteRangeByScore() / zslDeleteRangeByLex(): removes the nodes inside the range, telling
     * {@code removed} of each.
     */
    long deleteRange(ElementRange range, Consumer<Node> removed) {
        Node x = header;
        for (int i = level - 1; i >= 0; i--) {
            while (x.forward[i] != null && !range.aboveMin(x.forward[i])) {
                x = x.forward[i];
            }
            update[i] = x;
        }
        x = x.forward[0];
        long count = 0;
        while (x != null && range.belowMax(x)) {
            Node next = x.forward[0];
            unlink(x);
            removed.accept(x);
            count++;
            x = next;
        }
        clearPath();
        return count;
    }

    /** zslDeleteRangeByRank(): removes the nodes of 1-based ranks {@code start..end}. */
    long deleteRangeByRank(long start, long end, Consumer<Node> removed) {
        long traversed = 0;
        Node x = header;
        for (int i = level - 1; i >= 0; i--) {
            while (x.forward[i] != null && traversed + x.span[i] < start) {
                traversed += x.span[i];
                x = x.forward[i];
            }
            update[i] = x;
        }
        traversed++;
        x = x.forward[0];
        long count = 0;
        while (x != null && traversed <= end) {
            Node next = x.forward[0];
            unlink(x);
            removed.accept(x);
            count++;
            traversed++;
            x = next;
        }
        clearPath();
        return count;
    }

    /** Forgets the search path, so that the scratch array keeps no removed node alive. */
    private void clearPath() {
        Arrays.fill(update, null);
    }
}
