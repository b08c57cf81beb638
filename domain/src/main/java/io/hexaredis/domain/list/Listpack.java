package io.hexaredis.domain.list;

import java.util.Arrays;

/**
 * The elements of one quicklist node, packed one after the other in a single {@code byte[]}.
 *
 * <p>Redis: listpack.c. A Java object per element would cost about 16 bytes of header plus a
 * reference before the first byte of data; a listpack costs two bytes per short element. Each
 * entry records its length at both ends, so the pack can be walked forwards and backwards:
 * <pre>
 *   entry = len (LEB128, low 7 bits first) | data (len bytes) | len again, LEB128 bytes in reverse order
 *
 *   buf:  [ front gap ][ entry ][ entry ] ... [ entry ][ back gap ]
 *                      ^start                         ^end
 * </pre>
 * Reading the trailing length right to left gives the same LEB128 sequence as reading the leading
 * one left to right, which is how {@link #prev} finds the start of the previous entry. Unlike
 * Redis's listpack, integers are not given a special encoding: every element is bytes.
 *
 * <p>Gaps are kept at both ends so that pushing and popping at either end moves no other entry:
 * the common list operations stay O(1), and only an insertion or a deletion in the middle shifts
 * the entries after it (at most one node's worth of bytes, as memmove does in listpack.c).
 *
 * <p>Entries are addressed by their byte offset in {@code buf}; an offset is valid until the next
 * change of the pack.
 */
final class Listpack {

    private static final int MIN_CAPACITY = 32;

    private byte[] buf;
    private int start;
    private int end;
    private int count;

    Listpack() {
        buf = new byte[MIN_CAPACITY];
        start = end = MIN_CAPACITY / 2;
    }

    private Listpack(byte[] buf, int start, int end, int count) {
        this.buf = buf;
        this.start = start;
        this.end = end;
        this.count = count;
    }

    /** Bytes taken by an element of {@code len} bytes, its two length fields included. */
    static int entrySize(int len) {
        return len + 2 * varSize(len);
    }

    private static int varSize(int len) {
        if (len < (1 << 7)) {
            return 1;
        }
        if (len < (1 << 14)) {
            return 2;
        }
        if (len < (1 << 21)) {
            return 3;
        }
        return len < (1 << 28) ? 4 : 5;
    }

    int count() {
        return count;
    }

    /** Bytes taken by the entries (the {@code sz} of a quicklist node). */
    int bytes() {
        return end - start;
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** Offset of the first entry; equals {@link #end()} when the pack is empty. */
    int first() {
        return start;
    }

    /** Offset just past the last entry. */
    int end() {
        return end;
    }

    /** Offset of the last entry, or -1 when empty. */
    int last() {
        return count == 0 ? -1 : prev(end);
    }

    /** Offset of the entry after the one at {@code p}; {@link #end()} after the last. */
    int next(int p) {
        return p + entrySize(lengthAt(p));
    }

    /** Offset of the entry before the one at {@code p} (or before {@link #end()}); -1 before the first. */
    int prev(int p) {
        if (p <= start) {
            return -1;
        }
        int len = 0;
        int shift = 0;
        int q = p;
        int b;
        do {
            b = buf[--q] & 0xff;
            len |= (b & 0x7f) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        return p - entrySize(len);
    }

    /** Offset of entry number {@code index} (0-based), walking from the nearer end. */
    int offsetOf(int index) {
        if (index < count / 2) {
            int p = start;
            for (int i = 0; i < index; i++) {
                p = next(p);
            }
            return p;
        }
        int p = end;
        for (int i = count; i > index; i--) {
            p = prev(p);
        }
        return p;
    }

    /** Length in bytes of the element at {@code p}. */
    int lengthAt(int p) {
        int len = 0;
        int shift = 0;
        int b;
        do {
            b = buf[p++] & 0xff;
            len |= (b & 0x7f) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        return len;
    }

    /** A copy of the element at {@code p}. */
    byte[] get(int p) {
        int len = lengthAt(p);
        int data = p + varSize(len);
        return Arrays.copyOfRange(buf, data, data + len);
    }

    /** True when the element at {@code p} equals {@code value}, compared in place. */
    boolean matches(int p, byte[] value) {
        int len = lengthAt(p);
        if (len != value.length) {
            return false;
        }
        int data = p + varSize(len);
        return Arrays.equals(buf, data, data + len, value, 0, len);
    }

    void pushHead(byte[] value) {
        insert(start, value);
    }

    void pushTail(byte[] value) {
        insert(end, value);
    }

    /** Inserts {@code value} before the entry at {@code p} ({@link #end()} appends). */
    void insert(int p, byte[] value) {
        int size = entrySize(value.length);
        int at;
        if (p == start && start >= size) {
            start -= size;
            at = start;
        } else if (buf.length - end >= size) {
            System.arraycopy(buf, p, buf, p + size, end - p);
            end += size;
            at = p;
        } else {
            at = regrow(p, size);
        }
        write(at, value);
        count++;
    }

    /**
     * Reallocates with room for {@code size} more bytes at offset {@code p}; returns where the new
     * entry goes. The spare room goes where pushes are happening: behind the last entry when
     * appending, before the first when prepending, half and half otherwise.
     */
    private int regrow(int p, int size) {
        int used = end - start;
        int spare = Math.max(MIN_CAPACITY, (used + size) / 2);
        byte[] bigger = new byte[used + size + spare];
        int newStart = p == end ? 0 : p == start ? spare : spare / 2;
        int before = p - start;
        System.arraycopy(buf, start, bigger, newStart, before);
        System.arraycopy(buf, p, bigger, newStart + before + size, end - p);
        buf = bigger;
        start = newStart;
        end = newStart + used + size;
        return newStart + before;
    }

    /** Gives back the spare room: called when the node is full and pushes go to a new node. */
    void compact() {
        int used = end - start;
        if (buf.length > used) {
            buf = Arrays.copyOfRange(buf, start, end);
            start = 0;
            end = used;
        }
    }

    private void write(int at, byte[] value) {
        int len = value.length;
        int p = at;
        int v = len;
        while (v >= 0x80) {
            buf[p++] = (byte) (v & 0x7f | 0x80);
            v >>>= 7;
        }
        buf[p++] = (byte) v;
        System.arraycopy(value, 0, buf, p, len);
        p += len;
        // The trailing length: the leading LEB128 bytes in reverse order, so that reading right
        // to left meets the low group first and the continuation bits where LEB128 has them.
        int groups = varSize(len);
        for (int g = groups - 1; g >= 0; g--) {
            int bits = (len >>> (7 * g)) & 0x7f;
            buf[p++] = (byte) (g < groups - 1 ? bits | 0x80 : bits);
        }
    }

    /** Removes and returns the first element. */
    byte[] popHead() {
        byte[] value = get(start);
        delete(start);
        return value;
    }

    /** Removes and returns the last element. */
    byte[] popTail() {
        int p = last();
        byte[] value = get(p);
        delete(p);
        return value;
    }

    /**
     * Deletes the entry at {@code p}; returns the offset of the entry that followed it (or
     * {@link #end()}). Entries before {@code p} keep their offsets.
     */
    int delete(int p) {
        return deleteRange(p, 1);
    }

    /** Deletes {@code n} entries from offset {@code p}; returns the offset of the one that followed. */
    int deleteRange(int p, int n) {
        int q = p;
        for (int i = 0; i < n; i++) {
            q = next(q);
        }
        count -= n;
        if (count == 0) {
            start = end = buf.length / 2;
            return end;
        }
        if (p == start) {
            start = q; // deleting at the head moves no byte
            return start + shrinkIfSparse();
        }
        System.arraycopy(buf, q, buf, p, end - q);
        end -= q - p;
        return p + shrinkIfSparse();
    }

    /**
     * Gives memory back after many deletions: a pack using less than a quarter of its buffer moves
     * to one sized for it. Returns how far the offsets moved (0 when nothing moved).
     */
    private int shrinkIfSparse() {
        int used = end - start;
        if (buf.length <= 4 * MIN_CAPACITY || used * 4 > buf.length) {
            return 0;
        }
        byte[] smaller = new byte[Math.max(MIN_CAPACITY, used * 2)];
        int newStart = (smaller.length - used) / 2;
        System.arraycopy(buf, start, smaller, newStart, used);
        int delta = newStart - start;
        buf = smaller;
        start = newStart;
        end = newStart + used;
        return delta;
    }

    /**
     * Replaces the element at {@code p} with {@code value}; returns the offset of the replaced
     * entry.
     */
    int replace(int p, byte[] value) {
        int oldLen = lengthAt(p);
        if (oldLen == value.length) {
            System.arraycopy(value, 0, buf, p + varSize(oldLen), oldLen);
            return p;
        }
        int index = indexOf(p);
        int q = delete(p);
        insert(q, value);
        return offsetOf(index);
    }

    /** The index of the entry at offset {@code p}. */
    int indexOf(int p) {
        int i = 0;
        for (int q = start; q < p; q = next(q)) {
            i++;
        }
        return i;
    }

    /** Moves entries {@code index..count-1} into a new pack, which is returned (quicklist's split). */
    Listpack splitAt(int index) {
        int p = offsetOf(index);
        int moved = count - index;
        int used = end - p;
        byte[] tailBuf = new byte[Math.max(MIN_CAPACITY, used * 2)];
        int tailStart = (tailBuf.length - used) / 2;
        System.arraycopy(buf, p, tailBuf, tailStart, used);
        Listpack tail = new Listpack(tailBuf, tailStart, tailStart + used, moved);
        end = p;
        count = index;
        shrinkIfSparse();
        return tail;
    }

    /** Appends every entry of {@code other} after the last one of this pack (quicklist's merge). */
    void appendAll(Listpack other) {
        int size = other.bytes();
        int at = buf.length - end >= size ? end : regrow(end, size);
        System.arraycopy(other.buf, other.start, buf, at, size);
        end = at + size;
        count += other.count;
    }

    Listpack copy() {
        return new Listpack(Arrays.copyOfRange(buf, start, end), 0, end - start, count);
    }
}
