package io.hexaredis.domain.zset;

import java.util.Arrays;

/**
 * The compact encoding of a small sorted set: its elements packed, in order, into three arrays.
 *
 * <p>Redis keeps a small sorted set in one listpack, a single allocation where member and score
 * alternate as consecutive entries, sorted by score and then member (the zzl* functions of
 * t_zset.c). There are no pointers and no per-element objects, so a set of a few dozen members
 * costs a few hundred bytes; the price is that every operation is a linear scan or a memmove,
 * which is cheap while the set stays small. OBJECT ENCODING reports "listpack".
 *
 * <p>Here the same idea takes three arrays instead of one blob:
 * <pre>
 *   members  | alice | bob | carol |            all member bytes back to back, in set order
 *   offsets  | 0     | 5   | 8     |            where each member starts (it ends where the next starts)
 *   scores   | 1.0   | 2.5 | 2.5   |            the scores, in the same order
 * </pre>
 * That is still a handful of allocations per set whatever its size, with O(1) access by rank, and
 * inserting or deleting shifts bytes the way lpInsert() and lpDelete() do. Redis stores scores as
 * text ({@link Scores#listpackText}); a double stores the same value, except that the text of
 * {@code -0} is "0", so a negative zero becomes a plain zero here too.
 *
 * <p>Scores are sorted, so positions by score are found by binary search. Lexicographic ranges are
 * found by a linear scan from either end, as zzlFirstInLexRange() does: the lex commands are only
 * meaningful when all scores are equal, and the scan gives Redis's answer when they are not.
 */
final class ZsetListpack {

    private byte[] blob;
    private int used;
    private int[] offsets;
    private double[] scores;
    private int size;

    ZsetListpack() {
        this(4, 32);
    }

    private ZsetListpack(int elements, int bytes) {
        blob = new byte[bytes];
        offsets = new int[elements];
        scores = new double[elements];
    }

    int size() {
        return size;
    }

    /** Bytes used by the members themselves. */
    int memberBytes() {
        return used;
    }

    double score(int i) {
        return scores[i];
    }

    /** A copy of member {@code i}, for replies and for the skip list on conversion. */
    byte[] member(int i) {
        return Arrays.copyOfRange(blob, offsets[i], end(i));
    }

    int memberLength(int i) {
        return end(i) - offsets[i];
    }

    private int end(int i) {
        return i + 1 < size ? offsets[i + 1] : used;
    }

    /** zzlFind(): the position of {@code member}, or -1. */
    int find(byte[] member) {
        int n = member.length;
        for (int i = 0; i < size; i++) {
            int from = offsets[i];
            int to = end(i);
            if (to - from == n && Arrays.equals(blob, from, to, member, 0, n)) {
                return i;
            }
        }
        return -1;
    }

    /** Element {@code i} compared with (score, member), in the order of the set. */
    private int compare(int i, double score, byte[] member) {
        if (scores[i] != score) {
            return scores[i] < score ? -1 : 1;
        }
        return Arrays.compareUnsigned(blob, offsets[i], end(i), member, 0, member.length);
    }

    /** zzlInsert(): adds a member that is not in the list, at the place of its score. */
    void insert(double score, byte[] member) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compare(mid, score, member) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        insertAt(lo, score, member);
    }

    /** Adds an element after the last one; the caller guarantees it sorts last (conversions). */
    void append(double score, byte[] member) {
        insertAt(size, score, member);
    }

    private void insertAt(int at, double score, byte[] member) {
        int len = member.length;
        if (size == scores.length) {
            int capacity = size + (size >> 1) + 1;
            scores = Arrays.copyOf(scores, capacity);
            offsets = Arrays.copyOf(offsets, capacity);
        }
        if (used + len > blob.length) {
            blob = Arrays.copyOf(blob, Math.max(used + len, blob.length + (blob.length >> 1)));
        }
        int pos = at < size ? offsets[at] : used;
        System.arraycopy(blob, pos, blob, pos + len, used - pos);
        System.arraycopy(member, 0, blob, pos, len);
        used += len;
        System.arraycopy(scores, at, scores, at + 1, size - at);
        System.arraycopy(offsets, at, offsets, at + 1, size - at);
        scores[at] = score == 0 ? 0.0 : score; // the listpack text of -0 is "0"
        offsets[at] = pos;
        size++;
        for (int i = at + 1; i < size; i++) {
            offsets[i] += len;
        }
    }

    /** zzlDeleteRangeByRank(): removes positions {@code from} (inclusive) to {@code to} (exclusive). */
    void delete(int from, int to) {
        if (from >= to) {
            return;
        }
        int byteFrom = offsets[from];
        int byteTo = to < size ? offsets[to] : used;
        int removed = byteTo - byteFrom;
        System.arraycopy(blob, byteTo, blob, byteFrom, used - byteTo);
        used -= removed;
        int count = to - from;
        System.arraycopy(scores, to, scores, from, size - to);
        System.arraycopy(offsets, to, offsets, from, size - to);
        size -= count;
        for (int i = from; i < size; i++) {
            offsets[i] -= removed;
        }
        if (blob.length > 64 && used < blob.length / 4) {
            blob = Arrays.copyOf(blob, Math.max(32, used * 2));
        }
    }

    /** Longest member, for the zset-max-listpack-value check of a conversion. */
    int maxMemberLength() {
        int max = 0;
        for (int i = 0; i < size; i++) {
            max = Math.max(max, memberLength(i));
        }
        return max;
    }

    ZsetListpack copy() {
        ZsetListpack c = new ZsetListpack(Math.max(size, 1), Math.max(used, 1));
        System.arraycopy(blob, 0, c.blob, 0, used);
        System.arraycopy(offsets, 0, c.offsets, 0, size);
        System.arraycopy(scores, 0, c.scores, 0, size);
        c.used = used;
        c.size = size;
        return c;
    }

    // ---- score ranges ----

    /** zzlFirstInRange(): position of the lowest element inside the range, or -1. */
    int firstInRange(ScoreRange range) {
        if (range.isEmpty() || size == 0) {
            return -1;
        }
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (range.aboveMin(scores[mid])) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo < size && range.belowMax(scores[lo]) ? lo : -1;
    }

    /** zzlLastInRange(): position of the highest element inside the range, or -1. */
    int lastInRange(ScoreRange range) {
        if (range.isEmpty() || size == 0) {
            return -1;
        }
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (range.belowMax(scores[mid])) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int last = lo - 1;
        return last >= 0 && range.aboveMin(scores[last]) ? last : -1;
    }

    // ---- lexicographic ranges ----

    boolean aboveMin(LexRange range, int i) {
        return range.aboveMin(blob, offsets[i], end(i));
    }

    boolean belowMax(LexRange range, int i) {
        return range.belowMax(blob, offsets[i], end(i));
    }

    /** zzlIsInLexRange(): the range is not empty and overlaps the first and last members. */
    private boolean isInRange(LexRange range) {
        return !range.isEmpty() && size > 0 && aboveMin(range, size - 1) && belowMax(range, 0);
    }

    /** zzlFirstInLexRange(). */
    int firstInRange(LexRange range) {
        if (!isInRange(range)) {
            return -1;
        }
        for (int i = 0; i < size; i++) {
            if (aboveMin(range, i)) {
                return belowMax(range, i) ? i : -1;
            }
        }
        return -1;
    }

    /** zzlLastInLexRange(). */
    int lastInRange(LexRange range) {
        if (!isInRange(range)) {
            return -1;
        }
        for (int i = size - 1; i >= 0; i--) {
            if (belowMax(range, i)) {
                return aboveMin(range, i) ? i : -1;
            }
        }
        return -1;
    }

    /** Readable form for test failures. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < size; i++) {
            sb.append(i == 0 ? "" : ", ").append(new String(member(i), java.nio.charset.StandardCharsets.UTF_8))
                    .append('=').append(scores[i]);
        }
        return sb.append(']').toString();
    }
}
