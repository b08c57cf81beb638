package io.hexaredis.domain.zset;

import io.hexaredis.domain.bytes.ByteStrings;
import io.hexaredis.domain.zset.ZSkipList.Node;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The hashed half of a large sorted set: member to score in O(1), for ZSCORE, ZADD and ZREM.
 *
 * <p>Redis: the {@code dict} of struct zset, whose entries point at the member string and at the
 * score inside the skip list node. Here the skip list nodes are themselves the entries of this
 * table: each node carries its cached hash and the link to the next node of its bucket. That saves
 * Redis's separate dictEntry per element, and a lookup returns the node, which is what ZREM and
 * score updates need next.
 *
 * <p>The table is an array of chains whose length is a power of two, doubling when it holds as
 * many members as buckets and halving under a tenth full (dict.c's thresholds, with an immediate
 * rather than incremental rehash). {@link #scan} walks it with dictScan()'s reverse-binary
 * cursor, so ZSCAN returns every member present for the whole iteration even if the table resizes
 * in between.
 */
final class MemberDict {

    private static final int MIN_SIZE = 4; // DICT_HT_INITIAL_SIZE

    private Node[] table = new Node[MIN_SIZE];
    private int size;

    int size() {
        return size;
    }

    int buckets() {
        return table.length;
    }

    Node find(byte[] ele) {
        int h = ByteStrings.hash(ele);
        for (Node n = table[h & (table.length - 1)]; n != null; n = n.nextInBucket) {
            if (n.hash == h && Arrays.equals(n.ele, ele)) {
                return n;
            }
        }
        return null;
    }

    /** Adds a node whose member is not in the table yet. */
    void add(Node node) {
        if (size >= table.length) {
            resize(table.length * 2);
        }
        node.hash = ByteStrings.hash(node.ele);
        int bucket = node.hash & (table.length - 1);
        node.nextInBucket = table[bucket];
        table[bucket] = node;
        size++;
    }

    /** Removes the node of {@code ele} and returns it, or null if absent. */
    Node remove(byte[] ele) {
        int h = ByteStrings.hash(ele);
        int bucket = h & (table.length - 1);
        Node prev = null;
        for (Node n = table[bucket]; n != null; prev = n, n = n.nextInBucket) {
            if (n.hash == h && Arrays.equals(n.ele, ele)) {
                unchain(bucket, prev, n);
                return n;
            }
        }
        return null;
    }

    /** Removes {@code node}, which is in the table (range deletions already hold the node). */
    void remove(Node node) {
        int bucket = node.hash & (table.length - 1);
        Node prev = null;
        for (Node n = table[bucket]; n != null; prev = n, n = n.nextInBucket) {
            if (n == node) {
                unchain(bucket, prev, n);
                return;
            }
        }
    }

    private void unchain(int bucket, Node prev, Node n) {
        if (prev == null) {
            table[bucket] = n.nextInBucket;
        } else {
            prev.nextInBucket = n.nextInBucket;
        }
        n.nextInBucket = null;
        size--;
        if (table.length > MIN_SIZE && size * 10L < table.length) {
            resize(Math.max(MIN_SIZE, Integer.highestOneBit(Math.max(size, 1)) * 2));
        }
    }

    /** Visits the nodes of the bucket {@code cursor} points at and returns the next cursor, 0 at the end. */
    long scan(long cursor, Consumer<Node> visitor) {
        if (size == 0) {
            return 0;
        }
        long mask = table.length - 1;
        for (Node n = table[(int) (cursor & mask)]; n != null; n = n.nextInBucket) {
            visitor.accept(n);
        }
        cursor |= ~mask;        // set the bits above the mask so that the increment carries past them
        cursor = Long.reverse(cursor);
        cursor++;               // increment the reversed cursor: the high bits of the bucket index first
        return Long.reverse(cursor);
    }

    private void resize(int newLength) {
        Node[] fresh = new Node[newLength];
        int mask = newLength - 1;
        for (Node head : table) {
            for (Node n = head; n != null; ) {
                Node next = n.nextInBucket;
                int bucket = n.hash & mask;
                n.nextInBucket = fresh[bucket];
                fresh[bucket] = n;
                n = next;
            }
        }
        table = fresh;
    }
}
