package io.hexaredis.domain.list;

import io.hexaredis.domain.keyspace.RedisValue;
import io.hexaredis.domain.keyspace.ValueType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * A list value: a quicklist, Redis's doubly linked list of listpacks.
 *
 * <p>Redis: quicklist.c, and the list "API" half of t_list.c. A plain linked list costs a node
 * object per element; an array costs O(N) to grow at the head. A quicklist is both: a linked list
 * whose nodes each pack many elements in one {@code byte[]} ({@link Listpack}), so memory stays
 * compact, pushes and pops at both ends are O(1), and a lookup by index skips whole nodes.
 *
 * <pre>
 *   head                                                                         tail
 *   [ listpack: a b c d e ] &lt;-&gt; [ listpack: f g h ] &lt;-&gt; [ plain: &lt;10 MB&gt; ] &lt;-&gt; [ listpack: i j ]
 * </pre>
 *
 * <h2>How full a node may get: list-max-listpack-size</h2>
 * The {@code fill} setting (list-max-listpack-size, formerly list-max-ziplist-size) is read by the
 * command that creates the list and kept for the list's life, as quicklistCreate() does:
 * <ul>
 *   <li>-1 to -5: a node holds at most 4, 8, 16, 32 or 64 KiB of entries (-2, 8 KiB, is the
 *       default; values below -5 count as -5);
 *   <li>a positive number: a node holds at most that many elements (at most 32767), and never more
 *       than 8 KiB of entries (the safety limit of quicklist.c);
 *   <li>0: one element per node.
 * </ul>
 * An element too big to share a node with any other is kept in a plain node that refers to its
 * bytes without copying them (Redis's PLAIN nodes). Inserting in the middle of a full node splits
 * it, and neighbours that fit together after a split or a removal are merged again
 * (_quicklistSplitNode and _quicklistMergeNodes).
 *
 * <p>Redis also LZF-compresses inner nodes when list-compress-depth is set; this list does not.
 * OBJECT ENCODING answers "quicklist" for every list, as Redis 7.0 does (7.2 introduced a plain
 * "listpack" encoding for small lists).
 *
 * <p>Indexes are 0-based from the head; commands that take Redis's negative indexes (-1 is the
 * last element) pass them as they are to the methods that say so.
 */
public final class RedisList implements RedisValue {

    public static final String ENCODING = "quicklist";

    static final int SIZE_SAFETY_LIMIT = 8192;                       // bytes per node, whatever a positive fill says
    private static final int[] SIZE_LIMITS = {4096, 8192, 16384, 32768, 65536}; // bytes per node for fill -1..-5
    static final int FILL_MAX = 32767;                                // elements per node, largest positive fill

    private static final class Node {
        Node prev;
        Node next;
        final Listpack pack;  // the elements, packed; null in a plain node
        byte[] plain;         // the one element of a plain node
        boolean unlinked;

        Node(Listpack pack) {
            this.pack = pack;
        }

        Node(byte[] plain) {
            this.pack = null;
            this.plain = plain;
        }

        boolean isPlain() {
            return pack == null;
        }

        int count() {
            return pack == null ? 1 : pack.count();
        }

        int bytes() {
            return pack == null ? plain.length : pack.bytes();
        }
    }

    /** Where an element is: its node and its index inside that node. */
    private record Position(Node node, int index) {}

    private final int fill;
    private Node head;
    private Node tail;
    private long size;
    private int nodes;

    /** An empty list whose nodes obey {@code fill} (the value of list-max-listpack-size). */
    public RedisList(int fill) {
        this.fill = fill > FILL_MAX ? FILL_MAX : Math.max(fill, -SIZE_LIMITS.length);
    }

    @Override
    public ValueType type() {
        return ValueType.LIST;
    }

    @Override
    public String encoding() {
        return ENCODING;
    }

    @Override
    public long size() {
        return size;
    }

    /** Number of quicklist nodes (DEBUG OBJECT's ql_nodes). */
    public int nodeCount() {
        return nodes;
    }

    /** The fill this list was created with, after clamping. */
    public int fill() {
        return fill;
    }

    @Override
    public RedisList copy() {
        RedisList c = new RedisList(fill);
        for (Node n = head; n != null; n = n.next) {
            Node m = n.isPlain() ? new Node(n.plain) : new Node(n.pack.copy());
            c.linkBefore(null, m);
        }
        c.size = size;
        return c;
    }

    // ---- node limits (_quicklistNodeAllowInsert, _quicklistNodeAllowMerge) ----

    private int nodeBytesLimit() {
        return fill < 0 ? SIZE_LIMITS[-fill - 1] : SIZE_SAFETY_LIMIT;
    }

    /** True when a packed node of {@code bytes} bytes and {@code count} elements obeys the fill. */
    private boolean fits(int bytes, int count) {
        if (fill < 0) {
            return bytes <= nodeBytesLimit();
        }
        return bytes <= SIZE_SAFETY_LIMIT && count <= fill;
    }

    /** An element that could never share a node: it gets a plain node of its own. */
    private boolean isLarge(int len) {
        return Listpack.entrySize(len) > nodeBytesLimit();
    }

    private boolean allowInsert(Node n, int len) {
        return n != null && !n.isPlain() && !isLarge(len)
                && fits(n.pack.bytes() + Listpack.entrySize(len), n.count() + 1);
    }

    private Node newNode(byte[] value) {
        if (isLarge(value.length)) {
            return new Node(value);
        }
        Listpack pack = new Listpack();
        pack.pushTail(value);
        return new Node(pack);
    }

    // ---- linking ----

    /** Links {@code n} after {@code at}; a null {@code at} makes {@code n} the new head. */
    private void linkAfter(Node at, Node n) {
        if (at == null) {
            n.next = head;
            if (head != null) {
                head.prev = n;
            }
            head = n;
            if (tail == null) {
                tail = n;
            }
        } else {
            n.prev = at;
            n.next = at.next;
            if (at.next != null) {
                at.next.prev = n;
            } else {
                tail = n;
            }
            at.next = n;
        }
        nodes++;
    }

    /** Links {@code n} before {@code at}; a null {@code at} makes {@code n} the new tail. */
    private void linkBefore(Node at, Node n) {
        linkAfter(at == null ? tail : at.prev, n);
    }

    private void unlink(Node n) {
        if (n.prev != null) {
            n.prev.next = n.next;
        } else {
            head = n.next;
        }
        if (n.next != null) {
            n.next.prev = n.prev;
        } else {
            tail = n.prev;
        }
        n.prev = n.next = null;
        n.unlinked = true;
        nodes--;
    }

    /** Merges {@code b} into {@code a} (its successor) when both fit in one node; returns the node holding b's elements. */
    private Node tryMerge(Node a, Node b) {
        if (a == null || b == null || a.isPlain() || b.isPlain()
                || !fits(a.pack.bytes() + b.pack.bytes(), a.count() + b.count())) {
            return b;
        }
        a.pack.appendAll(b.pack);
        unlink(b);
        return a;
    }

    /** After a split or removals around {@code center}: merge what fits (_quicklistMergeNodes). */
    private void mergeAround(Node center) {
        if (center.unlinked) {
            return;
        }
        Node prev = center.prev;
        Node next = center.next;
        if (prev != null) {
            tryMerge(prev.prev, prev);
        }
        if (next != null) {
            tryMerge(next, next.next);
        }
        Node merged = tryMerge(center.prev, center);
        tryMerge(merged, merged.next);
    }

    // ---- push and pop (quicklistPush, quicklistPop) ----

    public void push(ListEnd where, byte[] value) {
        if (where == ListEnd.HEAD) {
            pushHead(value);
        } else {
            pushTail(value);
        }
    }

    public void pushHead(byte[] value) {
        if (allowInsert(head, value.length)) {
            head.pack.pushHead(value);
        } else {
            closeNode(head, value);
            linkAfter(null, newNode(value));
        }
        size++;
    }

    public void pushTail(byte[] value) {
        if (allowInsert(tail, value.length)) {
            tail.pack.pushTail(value);
        } else {
            closeNode(tail, value);
            linkBefore(null, newNode(value));
        }
        size++;
    }

    /** A node that refused an ordinary element is full: give back its spare room. */
    private void closeNode(Node n, byte[] refused) {
        if (n != null && !n.isPlain() && !isLarge(refused.length)) {
            n.pack.compact();
        }
    }

    /** Removes and returns the element at {@code where}, or null when the list is empty. */
    public byte[] pop(ListEnd where) {
        return where == ListEnd.HEAD ? popHead() : popTail();
    }

    public byte[] popHead() {
        Node n = head;
        if (n == null) {
            return null;
        }
        byte[] value = n.isPlain() ? n.plain : n.pack.popHead();
        if (n.isPlain() || n.pack.isEmpty()) {
            unlink(n);
        }
        size--;
        return value;
    }

    public byte[] popTail() {
        Node n = tail;
        if (n == null) {
            return null;
        }
        byte[] value = n.isPlain() ? n.plain : n.pack.popTail();
        if (n.isPlain() || n.pack.isEmpty()) {
            unlink(n);
        }
        size--;
        return value;
    }

    // ---- access by index (quicklistGetIteratorAtIdx, quicklistReplaceAtIndex) ----

    /** Absolute index of a Redis index (negative counts from the tail), or -1 when out of range. */
    private long absolute(long index) {
        long i = index < 0 ? size + index : index;
        return i < 0 || i >= size ? -1 : i;
    }

    /** Finds element {@code i} (0 &lt;= i &lt; size), walking from the nearer end, node by node. */
    private Position locate(long i) {
        if (i < size / 2) {
            long skipped = 0;
            for (Node n = head; ; n = n.next) {
                if (i < skipped + n.count()) {
                    return new Position(n, (int) (i - skipped));
                }
                skipped += n.count();
            }
        }
        long after = 0; // elements after node n
        for (Node n = tail; ; n = n.prev) {
            long first = size - after - n.count();
            if (i >= first) {
                return new Position(n, (int) (i - first));
            }
            after += n.count();
        }
    }

    private static byte[] elementAt(Position p) {
        Node n = p.node();
        return n.isPlain() ? n.plain : n.pack.get(n.pack.offsetOf(p.index()));
    }

    /** The element at a Redis index (LINDEX), or null when out of range. */
    public byte[] get(long index) {
        long i = absolute(index);
        return i < 0 ? null : elementAt(locate(i));
    }

    /** Replaces the element at a Redis index (LSET); false when out of range. */
    public boolean set(long index, byte[] value) {
        long i = absolute(index);
        if (i < 0) {
            return false;
        }
        Position p = locate(i);
        Node n = p.node();
        if (n.isPlain()) {
            if (isLarge(value.length)) {
                n.plain = value;
                return true;
            }
        } else if (!isLarge(value.length)) {
            int at = n.pack.offsetOf(p.index());
            int bytes = n.pack.bytes() - Listpack.entrySize(n.pack.lengthAt(at)) + Listpack.entrySize(value.length);
            if (fits(bytes, n.count())) {
                n.pack.replace(at, value);
                return true;
            }
        }
        // The new value does not belong where the old one was (it outgrows the node, or changes
        // between plain and packed): take the old one out and insert the new one in its place.
        deleteRange(i, 1);
        insert(i, value);
        return true;
    }

    /** Inserts {@code value} so that it ends up at absolute index {@code i} (0 &lt;= i &lt;= size). */
    private void insert(long i, byte[] value) {
        if (i == 0) {
            pushHead(value);
        } else if (i == size) {
            pushTail(value);
        } else {
            Position p = locate(i);
            insertIn(p.node(), p.index(), value);
        }
    }

    /**
     * Inserts {@code value} before element {@code idx} of node {@code n} ({@code idx == count}
     * appends to the node). Redis: _quicklistInsert(): into the node if it has room, else at the
     * edge of a neighbour with room, else in a new node, splitting {@code n} when the position is
     * in its middle.
     */
    private void insertIn(Node n, int idx, byte[] value) {
        int len = value.length;
        if (allowInsert(n, len)) {
            n.pack.insert(n.pack.offsetOf(idx), value);
        } else if (idx == 0) {
            if (allowInsert(n.prev, len)) {
                n.prev.pack.pushTail(value);
            } else {
                linkBefore(n, newNode(value));
            }
        } else if (idx == n.count()) {
            if (allowInsert(n.next, len)) {
                n.next.pack.pushHead(value);
            } else {
                linkAfter(n, newNode(value));
            }
        } else {
            Node right = new Node(n.pack.splitAt(idx));
            linkAfter(n, right);
            if (allowInsert(n, len)) {
                n.pack.pushTail(value);
            } else if (allowInsert(right, len)) {
                right.pack.pushHead(value);
            } else {
                linkAfter(n, newNode(value));
            }
            size++;
            mergeAround(n);
            if (!right.unlinked) {
                mergeAround(right);
            }
            return;
        }
        size++;
    }

    // ---- ranges (LRANGE, LTRIM) ----

    /**
     * The elements from {@code start} to {@code stop} inclusive, Redis indexes (LRANGE): out of
     * range indexes are clamped to the list, an empty range gives an empty list.
     */
    public List<byte[]> range(long start, long stop) {
        long[] r = clampRange(start, stop);
        if (r == null) {
            return List.of();
        }
        long n = r[1] - r[0] + 1;
        List<byte[]> out = new ArrayList<>((int) Math.min(n, 1 << 16));
        Position p = locate(r[0]);
        Node node = p.node();
        int idx = p.index();
        while (n > 0) {
            if (node.isPlain()) {
                out.add(node.plain);
                n--;
            } else {
                Listpack lp = node.pack;
                for (int at = lp.offsetOf(idx); at < lp.end() && n > 0; at = lp.next(at)) {
                    out.add(lp.get(at));
                    n--;
                }
            }
            node = node.next;
            idx = 0;
        }
        return out;
    }

    /** The absolute bounds of a Redis range, or null when it selects nothing (lrangeGenericCommand). */
    private long[] clampRange(long start, long stop) {
        if (start < 0) {
            start = size + start;
        }
        if (stop < 0) {
            stop = size + stop;
        }
        if (start < 0) {
            start = 0;
        }
        if (start > stop || start >= size) {
            return null;
        }
        if (stop >= size) {
            stop = size - 1;
        }
        return new long[] {start, stop};
    }

    /** Keeps only the elements from {@code start} to {@code stop}, Redis indexes (LTRIM). */
    public void trim(long start, long stop) {
        long[] r = clampRange(start, stop);
        if (r == null) {
            deleteRange(0, size);
            return;
        }
        long keep = r[1] - r[0] + 1;
        deleteRange(0, r[0]);
        deleteRange(keep, size - keep);
    }

    /** Removes {@code n} elements from absolute index {@code from} (quicklistDelRange). */
    private void deleteRange(long from, long n) {
        if (n <= 0) {
            return;
        }
        Position p = locate(from);
        Node node = p.node();
        int idx = p.index();
        long left = n;
        Node touched = null;
        while (left > 0) {
            Node next = node.next;
            int count = node.count();
            if (idx == 0 && count <= left) {
                unlink(node);
                left -= count;
            } else {
                int k = (int) Math.min(count - idx, left);
                node.pack.deleteRange(node.pack.offsetOf(idx), k);
                left -= k;
                touched = node;
            }
            node = next;
            idx = 0;
        }
        size -= n;
        if (touched != null) {
            mergeAround(touched);
        }
    }

    // ---- searching (LREM, LINSERT, LPOS) ----

    /**
     * Removes elements equal to {@code value} (LREM): the first {@code count} from the head when
     * count &gt; 0, the last {@code -count} from the tail when count &lt; 0, all when 0. Returns how
     * many were removed.
     */
    public long remove(byte[] value, long count) {
        long limit = count == 0 ? Long.MAX_VALUE : count == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(count);
        long removed = 0;
        List<Node> touched = new ArrayList<>();
        if (count >= 0) {
            for (Node n = head; n != null && removed < limit; ) {
                Node next = n.next;
                long before = removed;
                if (n.isPlain()) {
                    if (Arrays.equals(n.plain, value)) {
                        unlink(n);
                        removed++;
                    }
                } else {
                    Listpack lp = n.pack;
                    int at = lp.first();
                    while (at < lp.end() && removed < limit) {
                        if (lp.matches(at, value)) {
                            at = lp.delete(at);
                            removed++;
                        } else {
                            at = lp.next(at);
                        }
                    }
                    noteRemoval(n, removed > before, touched);
                }
                n = next;
            }
        } else {
            for (Node n = tail; n != null && removed < limit; ) {
                Node prev = n.prev;
                long before = removed;
                if (n.isPlain()) {
                    if (Arrays.equals(n.plain, value)) {
                        unlink(n);
                        removed++;
                    }
                } else {
                    Listpack lp = n.pack;
                    int at = lp.last();
                    while (at >= 0 && removed < limit) {
                        int previous = lp.prev(at);
                        if (lp.matches(at, value)) {
                            int following = lp.delete(at);
                            removed++;
                            // a deletion may move the pack to a smaller buffer: shift by as much
                            at = previous < 0 || lp.isEmpty() ? -1 : previous + (following - at);
                        } else {
                            at = previous;
                        }
                    }
                    noteRemoval(n, removed > before, touched);
                }
                n = prev;
            }
        }
        size -= removed;
        for (Node n : touched) {
            mergeAround(n);
        }
        return removed;
    }

    private void noteRemoval(Node n, boolean changed, List<Node> touched) {
        if (n.pack.isEmpty()) {
            unlink(n);
        } else if (changed) {
            touched.add(n);
        }
    }

    /**
     * Inserts {@code value} just before or after the first element equal to {@code pivot}, from
     * the head (LINSERT). Returns false when there is no such element.
     */
    public boolean insert(byte[] pivot, byte[] value, boolean after) {
        for (Node n = head; n != null; n = n.next) {
            if (n.isPlain()) {
                if (Arrays.equals(n.plain, pivot)) {
                    insertIn(n, after ? 1 : 0, value);
                    return true;
                }
                continue;
            }
            Listpack lp = n.pack;
            int idx = 0;
            for (int at = lp.first(); at < lp.end(); at = lp.next(at), idx++) {
                if (lp.matches(at, pivot)) {
                    insertIn(n, after ? idx + 1 : idx, value);
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The indexes of the elements equal to {@code element} (LPOS), in the order found.
     *
     * @param rank which match to start from: 1 is the first from the head, -1 the first from the
     *     tail (searching backwards), 2 skips one match... never 0
     * @param count how many matches to return at most; 0 for all
     * @param maxlen how many elements to compare at most; 0 for all
     */
    public List<Long> positions(byte[] element, long rank, long count, long maxlen) {
        List<Long> found = new ArrayList<>();
        boolean forward = rank > 0;
        long skip = forward ? rank - 1 : -(rank + 1);
        long limit = maxlen == 0 ? Long.MAX_VALUE : maxlen;
        long compared = 0;
        long index = forward ? 0 : size - 1;
        for (Node n = forward ? head : tail; n != null && compared < limit; n = forward ? n.next : n.prev) {
            Listpack lp = n.pack;
            int at = n.isPlain() ? 0 : forward ? lp.first() : lp.last();
            while (at >= 0 && (n.isPlain() ? at == 0 : at < lp.end()) && compared < limit) {
                compared++;
                boolean equal = n.isPlain() ? Arrays.equals(n.plain, element) : lp.matches(at, element);
                if (equal) {
                    if (skip > 0) {
                        skip--;
                    } else {
                        found.add(index);
                        if (count != 0 && found.size() >= count) {
                            return found;
                        }
                    }
                }
                index += forward ? 1 : -1;
                at = n.isPlain() ? -1 : forward ? lp.next(at) : lp.prev(at);
            }
        }
        return found;
    }

    /** Visits every element from head to tail (RDB saving, DEBUG, COPY checks). */
    public void forEach(Consumer<byte[]> visitor) {
        for (Node n = head; n != null; n = n.next) {
            if (n.isPlain()) {
                visitor.accept(n.plain);
            } else {
                Listpack lp = n.pack;
                for (int at = lp.first(); at < lp.end(); at = lp.next(at)) {
                    visitor.accept(lp.get(at));
                }
            }
        }
    }

    /** The element count of each node, head to tail, for tests of the node layout. */
    int[] nodeCounts() {
        int[] counts = new int[nodes];
        int i = 0;
        for (Node n = head; n != null; n = n.next) {
            counts[i++] = n.count();
        }
        return counts;
    }

    /** The entry bytes of each node, head to tail, for tests of the node layout. */
    int[] nodeBytes() {
        int[] bytes = new int[nodes];
        int i = 0;
        for (Node n = head; n != null; n = n.next) {
            bytes[i++] = n.bytes();
        }
        return bytes;
    }

    /** True for each plain node, head to tail, for tests of the node layout. */
    boolean[] plainNodes() {
        boolean[] plain = new boolean[nodes];
        int i = 0;
        for (Node n = head; n != null; n = n.next) {
            plain[i++] = n.isPlain();
        }
        return plain;
    }
}
