package io.hexaredis.domain.dict;

import io.hexaredis.domain.bytes.ByteStrings;
import io.hexaredis.domain.keyspace.KeyTable;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * A hash table of binary-safe keys, each with an optional value: the "hashtable" encoding of
 * hashes (field to value) and sets (members, no value), and the member index of skip list sorted
 * sets (member to skip list node).
 *
 * <p>Redis: dict.c, used with the hash and set dict types of server.c. Like
 * {@code domain.keyspace.KeyTable}, it is an array of chains whose length is a power of two; it
 * doubles when it holds as many keys as buckets and halves when it falls under a tenth full (the
 * check t_hash.c and t_set.c make after every delete with htNeedsResize()). The move to the new
 * array happens at once, not incrementally as in Redis; the scan cursor below is indifferent to
 * that.
 *
 * <h2>Scanning while the table changes</h2>
 * {@link #scan} visits one bucket per call and returns the next cursor, incrementing the bucket
 * index with its bits reversed (dictScan()). When the table doubles, bucket {@code b} splits into
 * {@code b} and {@code b + n}; when it halves, the two merge back into {@code b}. Either way the
 * buckets a cursor has not yet reached keep their place after it in reversed-bit order, so a key
 * present from the first call to the last is returned at least once (perhaps twice after a
 * shrink), which is the guarantee HSCAN, SSCAN and ZSCAN document.
 *
 * @param <V> the value type: {@code byte[]} for hash values, unused (null) for set members, the
 *     skip list node for sorted-set members
 */
public final class Dict<V> implements Iterable<Dict.Entry<V>> {

    /** One key and its value: Redis's dictEntry. */
    public static final class Entry<V> {
        final byte[] key;
        final int hash;
        V value;
        Entry<V> next;

        Entry(byte[] key, int hash, V value) {
            this.key = key;
            this.hash = hash;
            this.value = value;
        }

        public byte[] key() {
            return key;
        }

        public V value() {
            return value;
        }

        public void setValue(V value) {
            this.value = value;
        }
    }

    static final int MIN_SIZE = 4; // DICT_HT_INITIAL_SIZE
    private static final int MIN_FILL_PERCENT = 10; // HASHTABLE_MIN_FILL of server.h

    private Entry<V>[] table = newTable(MIN_SIZE);
    private int size;

    public int size() {
        return size;
    }

    /** The number of buckets (a power of two). */
    public int buckets() {
        return table.length;
    }

    public Entry<V> find(byte[] key) {
        int h = ByteStrings.hash(key);
        for (Entry<V> e = table[h & (table.length - 1)]; e != null; e = e.next) {
            if (e.hash == h && Arrays.equals(e.key, key)) {
                return e;
            }
        }
        return null;
    }

    public boolean contains(byte[] key) {
        return find(key) != null;
    }

    /**
     * Adds {@code key} if it is missing (dictAddRaw()): returns null when it was added, or the
     * existing entry, left unchanged.
     */
    public Entry<V> addIfAbsent(byte[] key, V value) {
        int h = ByteStrings.hash(key);
        for (Entry<V> e = table[h & (table.length - 1)]; e != null; e = e.next) {
            if (e.hash == h && Arrays.equals(e.key, key)) {
                return e;
            }
        }
        if (size >= table.length) {
            resize(table.length * 2);
        }
        insert(new Entry<>(key, h, value));
        size++;
        return null;
    }

    /** Adds or replaces; true when the key was new. */
    public boolean put(byte[] key, V value) {
        Entry<V> existing = addIfAbsent(key, value);
        if (existing == null) {
            return true;
        }
        existing.value = value;
        return false;
    }

    /** Removes {@code key}; returns its entry, or null if it was missing. May shrink the table. */
    public Entry<V> remove(byte[] key) {
        int h = ByteStrings.hash(key);
        int bucket = h & (table.length - 1);
        Entry<V> prev = null;
        for (Entry<V> e = table[bucket]; e != null; prev = e, e = e.next) {
            if (e.hash == h && Arrays.equals(e.key, key)) {
                if (prev == null) {
                    table[bucket] = e.next;
                } else {
                    prev.next = e.next;
                }
                e.next = null;
                size--;
                if (table.length > MIN_SIZE && size * 100L / table.length < MIN_FILL_PERCENT) {
                    resize(sizeFor(size));
                }
                return e;
            }
        }
        return null;
    }

    /** Makes room for {@code count} keys at once (dictExpand()), as a conversion from a compact encoding does. */
    public void expand(int count) {
        int wanted = sizeFor(count);
        if (wanted > table.length) {
            resize(wanted);
        }
    }

    /**
     * A key chosen at random: a random non-empty bucket, then a random entry of its chain. Redis's
     * dictGetFairRandomKey() corrects the bias of long chains by sampling; with at most one key per
     * bucket on average the bias here is small, and SRANDMEMBER does not promise uniformity.
     */
    public Entry<V> random(RandomGenerator random) {
        if (size == 0) {
            return null;
        }
        Entry<V> head;
        do {
            head = table[random.nextInt(table.length)];
        } while (head == null);
        int length = 0;
        for (Entry<V> e = head; e != null; e = e.next) {
            length++;
        }
        Entry<V> e = head;
        for (int i = random.nextInt(length); i > 0; i--) {
            e = e.next;
        }
        return e;
    }

    /** Visits one bucket and returns the next cursor, 0 when the scan is complete (see above). */
    public long scan(long cursor, Consumer<Entry<V>> visitor) {
        if (size == 0) {
            return 0;
        }
        for (Entry<V> e = table[(int) (cursor & (table.length - 1))]; e != null; ) {
            Entry<V> next = e.next;
            visitor.accept(e);
            e = next;
        }
        return KeyTable.nextScanCursor(cursor, table.length);
    }

    /** Iterates every entry; the table must not change meanwhile. */
    @Override
    public Iterator<Entry<V>> iterator() {
        return new Iterator<>() {
            private int bucket = -1;
            private Entry<V> next = advance(null);

            private Entry<V> advance(Entry<V> from) {
                if (from != null && from.next != null) {
                    return from.next;
                }
                while (++bucket < table.length) {
                    if (table[bucket] != null) {
                        return table[bucket];
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Entry<V> next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                Entry<V> e = next;
                next = advance(e);
                return e;
            }
        };
    }

    /** A copy with its own entries (keys and values are immutable byte strings and are shared). */
    public Dict<V> copy() {
        Dict<V> copy = new Dict<>();
        copy.table = newTable(table.length);
        for (Entry<V> e : this) {
            copy.insert(new Entry<>(e.key, e.hash, e.value));
        }
        copy.size = size;
        return copy;
    }

    private static int sizeFor(int count) {
        int n = MIN_SIZE;
        while (n < count && n < (1 << 30)) {
            n <<= 1;
        }
        return n;
    }

    private void insert(Entry<V> e) {
        int bucket = e.hash & (table.length - 1);
        e.next = table[bucket];
        table[bucket] = e;
    }

    private void resize(int length) {
        Entry<V>[] old = table;
        table = newTable(length);
        for (Entry<V> head : old) {
            for (Entry<V> e = head; e != null; ) {
                Entry<V> next = e.next;
                insert(e);
                e = next;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <V> Entry<V>[] newTable(int length) {
        return (Entry<V>[]) new Entry<?>[length];
    }
}
