package io.hexaredis.domain.set;

import io.hexaredis.domain.bytes.Numbers;
import io.hexaredis.domain.dict.Dict;
import io.hexaredis.domain.dict.Sampling;
import io.hexaredis.domain.keyspace.RedisValue;
import io.hexaredis.domain.keyspace.ValueType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * A set: an unordered collection of distinct binary-safe strings.
 *
 * <p>Redis 7.0: the "Set type API" half of t_set.c, with two encodings (7.2 added a third,
 * listpack, which 7.0 does not have):
 * <ul>
 *   <li><b>intset</b> (intset.c): while every member is the canonical text of a 64-bit integer and
 *       there are at most {@code set-max-intset-entries} of them, the set is a sorted array of
 *       numbers, searched by bisection. Members are stored as numbers, not text, which is why an
 *       intset is iterated in numeric order. Redis packs the array in 16, 32 or 64-bit cells
 *       depending on the largest member; here the cells are always 64 bits wide.
 *   <li><b>hashtable</b>: a {@link Dict} of members without values. The first member that is not
 *       an integer, or one member too many, converts the set, for good.
 * </ul>
 * The intset limit comes from the configuration; commands pass it to each adding operation.
 */
public final class RedisSet implements RedisValue {

    public static final String INTSET = "intset";
    public static final String HASHTABLE = "hashtable";

    /** Redis caps the intset size whatever the configuration says, for the intset's own limits. */
    private static final long INTSET_HARD_LIMIT = 1L << 30;

    /** intset encoding: the members in ascending order ({@code count} cells used); null once a hashtable. */
    private long[] ints;
    private int count;
    /** hashtable encoding; null while an intset. */
    private Dict<Void> table;

    private RedisSet(boolean intset) {
        if (intset) {
            ints = new long[4];
        } else {
            table = new Dict<>();
        }
    }

    /** An empty set encoded as an intset (createIntsetObject()): where SUNIONSTORE and friends start. */
    public static RedisSet newIntset() {
        return new RedisSet(true);
    }

    /**
     * An empty set in the encoding that suits {@code firstMember} (setTypeCreate()): an intset if it
     * is an integer, else a hashtable.
     */
    public static RedisSet forFirstMember(byte[] firstMember) {
        return new RedisSet(Numbers.isLong(firstMember));
    }

    @Override
    public ValueType type() {
        return ValueType.SET;
    }

    @Override
    public String encoding() {
        return table == null ? INTSET : HASHTABLE;
    }

    @Override
    public long size() {
        return table == null ? count : table.size();
    }

    @Override
    public RedisSet copy() {
        RedisSet copy = new RedisSet(table == null);
        if (table == null) {
            copy.ints = Arrays.copyOf(ints, Math.max(4, count));
            copy.count = count;
        } else {
            copy.table = table.copy();
        }
        return copy;
    }

    // ---- membership ----

    public boolean contains(byte[] member) {
        if (table != null) {
            return table.contains(member);
        }
        return Numbers.isLong(member) && indexOf(Numbers.parseLong(member)) >= 0;
    }

    /**
     * Adds {@code member}; true if it was not there (setTypeAdd()). A non-integer member, or an
     * intset growing past {@code maxIntsetEntries}, converts the set to a hashtable.
     */
    public boolean add(byte[] member, long maxIntsetEntries) {
        if (table != null) {
            return table.addIfAbsent(member, null) == null;
        }
        if (!Numbers.isLong(member)) {
            convertToHashtable(count + 1);
            return table.addIfAbsent(member, null) == null;
        }
        long v = Numbers.parseLong(member);
        int i = indexOf(v);
        if (i >= 0) {
            return false;
        }
        int at = -i - 1;
        if (count == ints.length) {
            ints = Arrays.copyOf(ints, count * 2);
        }
        System.arraycopy(ints, at, ints, at + 1, count - at);
        ints[at] = v;
        count++;
        if (count > Math.min(maxIntsetEntries, INTSET_HARD_LIMIT)) {
            convertToHashtable(count);
        }
        return true;
    }

    /** Removes {@code member}; true if it was there (setTypeRemove()). */
    public boolean remove(byte[] member) {
        if (table != null) {
            return table.remove(member) != null;
        }
        if (!Numbers.isLong(member)) {
            return false;
        }
        int i = indexOf(Numbers.parseLong(member));
        if (i < 0) {
            return false;
        }
        removeAt(i);
        return true;
    }

    /** Every member: ascending numbers for an intset, table order for a hashtable. */
    public void forEach(Consumer<byte[]> visitor) {
        if (table != null) {
            for (Dict.Entry<Void> e : table) {
                visitor.accept(e.key());
            }
            return;
        }
        for (int i = 0; i < count; i++) {
            visitor.accept(Numbers.toBytes(ints[i]));
        }
    }

    /** The members as a list, in {@link #forEach} order. */
    public List<byte[]> members() {
        List<byte[]> out = new ArrayList<>((int) size());
        forEach(out::add);
        return out;
    }

    // ---- scanning and random members ----

    /**
     * One SSCAN step from {@code cursor}: visits at least {@code count} members (or all that remain)
     * and returns the next cursor, 0 when done. An intset is visited whole in one step with cursor
     * 0; a hashtable bucket by bucket, at most {@code 10 * count} buckets per step.
     */
    public long scan(long cursor, long count, Consumer<byte[]> visitor) {
        if (table == null) {
            forEach(visitor);
            return 0;
        }
        long[] visited = {0};
        long buckets = count > Long.MAX_VALUE / 10 ? Long.MAX_VALUE : count * 10;
        do {
            cursor = table.scan(cursor, e -> {
                visited[0]++;
                visitor.accept(e.key());
            });
        } while (cursor != 0 && --buckets > 0 && visited[0] < count);
        return cursor;
    }

    /** A member chosen at random (setTypeRandomElement()); the set must not be empty. */
    public byte[] randomMember(RandomGenerator random) {
        if (table != null) {
            return table.random(random).key();
        }
        return Numbers.toBytes(ints[random.nextInt(count)]);
    }

    /**
     * SRANDMEMBER with a count. A positive count asks for distinct members (all of them if the
     * count is larger than the set); a negative count for exactly {@code -count} members chosen
     * independently, so repeats are possible. The set must not be empty; {@code -count} must fit
     * in an int.
     */
    public List<byte[]> randomMembers(long count, RandomGenerator random) {
        if (count < 0) {
            int n = Math.toIntExact(-count);
            List<byte[]> out = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                out.add(randomMember(random));
            }
            return out;
        }
        if (count >= size()) {
            return members();
        }
        int n = (int) count;
        List<byte[]> out = new ArrayList<>(n);
        if (table != null) {
            for (Dict.Entry<Void> e : Sampling.distinctEntries(table, n, random)) {
                out.add(e.key());
            }
        } else {
            for (int i : Sampling.distinctIndexes(this.count, n, random)) {
                out.add(Numbers.toBytes(ints[i]));
            }
        }
        return out;
    }

    /** Removes and returns a member chosen at random (SPOP); the set must not be empty. */
    public byte[] pop(RandomGenerator random) {
        if (table != null) {
            byte[] member = table.random(random).key();
            table.remove(member);
            return member;
        }
        int i = random.nextInt(count);
        byte[] member = Numbers.toBytes(ints[i]);
        removeAt(i);
        return member;
    }

    /**
     * Removes and returns {@code count} distinct members chosen at random (SPOP with a count);
     * {@code count} must be smaller than the size (a larger one takes the whole set, which the
     * command does by deleting the key).
     */
    public List<byte[]> pop(int count, RandomGenerator random) {
        List<byte[]> out = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            out.add(pop(random));
        }
        return out;
    }

    // ---- encoding ----

    /** The index of {@code v} in the intset, or {@code -(insertion point) - 1}. */
    private int indexOf(long v) {
        return Arrays.binarySearch(ints, 0, count, v);
    }

    private void removeAt(int i) {
        System.arraycopy(ints, i + 1, ints, i, count - i - 1);
        count--;
    }

    /** setTypeConvert() from intset to hashtable, sized for {@code expected} members. */
    private void convertToHashtable(int expected) {
        Dict<Void> dict = new Dict<>();
        dict.expand(expected);
        for (int i = 0; i < count; i++) {
            dict.addIfAbsent(Numbers.toBytes(ints[i]), null);
        }
        table = dict;
        ints = null;
        count = 0;
    }
}
