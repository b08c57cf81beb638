package io.hexaredis.domain.keyspace;

import io.hexaredis.domain.bytes.ByteStrings;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * The hash table of one database: key to entry, with the entry also holding the value and the
 * expiry time.
 *
 * <p>Redis: dict.c, the main dict of a redisDb (keys to values) together with its {@code expires}
 * dict. Redis keeps expiry times in a second dict so that active expiry can sample only keys that
 * have one; here the time sits in the entry and the keys that have one are also listed in a dense
 * array ({@link #volatileEntries}), which gives the same cheap random sampling with one entry
 * object per key instead of two.
 *
 * <p>The table is an array of chains whose size is a power of two. It doubles when it holds as
 * many keys as buckets and halves when it falls under a tenth full, like Redis's
 * _dictExpandIfNeeded() and htNeedsResize(). Unlike Redis, the move to the new array happens at
 * once rather than a few buckets per operation (incremental rehashing); the scan cursor below
 * works the same either way.
 *
 * <h2>The SCAN cursor</h2>
 * {@link #scan} visits one bucket per call and returns the next cursor, counting with the bits
 * reversed (dictScan()'s reverse binary iteration). Bucket {@code b} of a table of size {@code n}
 * becomes buckets {@code b} and {@code b + n} when the table doubles, and those two are adjacent in
 * reversed-bit order: so a cursor handed out before a resize skips none of the buckets it had not
 * yet visited, and a key present for the whole scan is returned at least once, perhaps twice.
 *
 * <h2>Why not {@code domain.dict.Dict}</h2>
 * Collections use the generic {@code Dict}; the keyspace keeps this specialised copy of the same
 * structure because its entries carry more than a key and a value: the expiry time, the LRU clock
 * of OBJECT IDLETIME and maxmemory, and their place in {@link #volatileEntries}, the dense array
 * that active expiry samples. Every insert, delete and rehash must keep that index in step, and a
 * generic entry would cost the keyspace, the largest table of all, a second object per key. The
 * package dependencies also run one way (the dict package depends on the command package, which
 * depends on this one), so the scan cursor step lives here ({@link #nextScanCursor}) and
 * {@code Dict} calls it.
 */
public final class KeyTable {

    /**
     * One key: Redis's dictEntry plus the expires dict's entry for the same key, and the access
     * time Redis keeps in the {@code lru} bits of the value's robj (seconds of the keyspace's LRU
     * clock, see {@link Databases#updateLruClock}).
     */
    public static final class Entry {
        final byte[] key;
        final int hash;
        Object value;
        long expireAt = NO_EXPIRY;
        int volatileIndex = -1;
        int lru;
        Entry next;

        Entry(byte[] key, int hash, Object value) {
            this.key = key;
            this.hash = hash;
            this.value = value;
        }

        public byte[] key() {
            return key;
        }

        public Object value() {
            return value;
        }

        /** Unix ms at which the key expires, or {@link #NO_EXPIRY}. */
        public long expireAt() {
            return expireAt;
        }
    }

    public static final long NO_EXPIRY = -1;
    private static final int MIN_SIZE = 4; // DICT_HT_INITIAL_SIZE

    private Entry[] table = new Entry[MIN_SIZE];
    private int size;
    private Entry[] volatileEntries = new Entry[4];
    private int volatileCount;

    public int size() {
        return size;
    }

    public int volatileCount() {
        return volatileCount;
    }

    /** Number of buckets: the table's current capacity (reported by DEBUG HTSTATS-like output). */
    public int buckets() {
        return table.length;
    }

    public Entry find(byte[] key) {
        int h = ByteStrings.hash(key);
        for (Entry e = table[h & (table.length - 1)]; e != null; e = e.next) {
            if (e.hash == h && Arrays.equals(e.key, key)) {
                return e;
            }
        }
        return null;
    }

    /** Adds a key that is not in the table; the caller has checked with {@link #find}. */
    public Entry add(byte[] key, Object value) {
        return add(key, ByteStrings.hash(key), value);
    }

    /**
     * Adds {@code key} unless it is there: null if it was (then nothing changed). One hash and one
     * walk of the chain, for bulk loading (Redis: dbAddRDBLoad()).
     */
    public Entry addIfAbsent(byte[] key, Object value) {
        int h = ByteStrings.hash(key);
        for (Entry e = table[h & (table.length - 1)]; e != null; e = e.next) {
            if (e.hash == h && Arrays.equals(e.key, key)) {
                return null;
            }
        }
        return add(key, h, value);
    }

    /** Grows the table ahead of {@code keys} insertions (RESIZEDB of an RDB file: dictExpand()). */
    public void reserve(long keys) {
        long wanted = Math.min(1L << 30, size + keys);
        if (wanted > table.length) {
            resize((int) Math.max(MIN_SIZE, Long.highestOneBit(wanted - 1) << 1));
        }
    }

    private Entry add(byte[] key, int h, Object value) {
        if (size >= table.length) {
            resize(table.length * 2);
        }
        Entry e = new Entry(key, h, value);
        int bucket = h & (table.length - 1);
        e.next = table[bucket];
        table[bucket] = e;
        size++;
        return e;
    }

    public Entry remove(byte[] key) {
        int h = ByteStrings.hash(key);
        int bucket = h & (table.length - 1);
        Entry prev = null;
        for (Entry e = table[bucket]; e != null; prev = e, e = e.next) {
            if (e.hash == h && Arrays.equals(e.key, key)) {
                if (prev == null) {
                    table[bucket] = e.next;
                } else {
                    prev.next = e.next;
                }
                e.next = null;
                setExpire(e, NO_EXPIRY);
                size--;
                if (table.length > MIN_SIZE && size * 10L < table.length) {
                    resize(Math.max(MIN_SIZE, Integer.highestOneBit(Math.max(size, 1)) * 2));
                }
                return e;
            }
        }
        return null;
    }

    /** Sets or clears ({@link #NO_EXPIRY}) the expiry of an entry of this table. */
    public void setExpire(Entry e, long at) {
        if (at == NO_EXPIRY) {
            if (e.volatileIndex >= 0) {
                Entry last = volatileEntries[--volatileCount];
                volatileEntries[e.volatileIndex] = last;
                last.volatileIndex = e.volatileIndex;
                volatileEntries[volatileCount] = null;
                e.volatileIndex = -1;
            }
        } else if (e.volatileIndex < 0) {
            if (volatileCount == volatileEntries.length) {
                volatileEntries = Arrays.copyOf(volatileEntries, volatileCount * 2);
            }
            e.volatileIndex = volatileCount;
            volatileEntries[volatileCount++] = e;
        }
        e.expireAt = at;
    }

    /** A key with an expiry chosen at random, or null if none has one (activeExpireCycle's sample). */
    public Entry randomVolatile(RandomGenerator random) {
        return volatileCount == 0 ? null : volatileEntries[random.nextInt(volatileCount)];
    }

    /**
     * A key chosen at random, as dictGetFairRandomKey() approximates it: a random non-empty bucket,
     * then a random entry of its chain.
     */
    public Entry random(RandomGenerator random) {
        if (size == 0) {
            return null;
        }
        Entry head;
        do {
            head = table[random.nextInt(table.length)];
        } while (head == null);
        int length = 0;
        for (Entry e = head; e != null; e = e.next) {
            length++;
        }
        Entry e = head;
        for (int i = random.nextInt(length); i > 0; i--) {
            e = e.next;
        }
        return e;
    }

    /**
     * Visits one bucket and returns the next cursor, 0 when the scan is complete (see above). The
     * visitor must not add or remove keys, since either may resize the table under the walk;
     * SCAN collects the entries and deletes expired ones afterwards.
     */
    public long scan(long cursor, Consumer<Entry> visitor) {
        if (size == 0) {
            return 0;
        }
        for (Entry e = table[(int) (cursor & (table.length - 1))]; e != null; ) {
            Entry next = e.next;
            visitor.accept(e);
            e = next;
        }
        return nextScanCursor(cursor, table.length);
    }

    /**
     * dictScan()'s cursor step, shared with {@code domain.dict.Dict}: the cursor after the bucket
     * {@code cursor} points at in a table of {@code buckets} (a power of two) buckets, 0 when that
     * was the last one. The bits above the mask are set so that the increment of the reversed
     * cursor carries past them, and the reversed cursor is incremented so that the high bits of
     * the bucket index change first.
     */
    public static long nextScanCursor(long cursor, int buckets) {
        long mask = buckets - 1;
        cursor |= ~mask;
        cursor = Long.reverse(cursor);
        cursor++;
        return Long.reverse(cursor);
    }

    /** Visits every entry; the visitor must not add or remove keys. */
    public void forEach(Consumer<Entry> visitor) {
        for (Entry head : table) {
            for (Entry e = head; e != null; e = e.next) {
                visitor.accept(e);
            }
        }
    }

    public void clear() {
        table = new Entry[MIN_SIZE];
        size = 0;
        volatileEntries = new Entry[4];
        volatileCount = 0;
    }

    private void resize(int newLength) {
        Entry[] old = table;
        Entry[] fresh = new Entry[newLength];
        int mask = newLength - 1;
        for (Entry head : old) {
            for (Entry e = head; e != null; ) {
                Entry next = e.next;
                int bucket = e.hash & mask;
                e.next = fresh[bucket];
                fresh[bucket] = e;
                e = next;
            }
        }
        table = fresh;
    }
}
