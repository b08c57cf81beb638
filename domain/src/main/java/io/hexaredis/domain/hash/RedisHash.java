package io.hexaredis.domain.hash;

import io.hexaredis.domain.bytes.ByteStrings;
import io.hexaredis.domain.bytes.Numbers;
import io.hexaredis.domain.dict.Dict;
import io.hexaredis.domain.dict.Sampling;
import io.hexaredis.domain.error.RedisError;
import io.hexaredis.domain.keyspace.RedisValue;
import io.hexaredis.domain.keyspace.ValueType;
import io.hexaredis.domain.string.LongDouble;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.random.RandomGenerator;

/**
 * A hash: a map from fields to values, both binary-safe strings.
 *
 * <p>Redis: the "Hash type API" half of t_hash.c. A small hash is a <b>listpack</b>: its fields and
 * values side by side in one flat array, in insertion order, searched linearly. That is compact
 * (no entry object, no bucket array) and, for a few dozen short fields, as fast as hashing. Once a
 * hash holds more than {@code hash-max-listpack-entries} fields, or a field or value longer than
 * {@code hash-max-listpack-value} bytes is written, it becomes a <b>hashtable</b> ({@link Dict})
 * and stays one: Redis never converts back, even if the hash shrinks.
 *
 * <p>The two limits come from the configuration; the commands pass them to each writing operation
 * (the domain does not read the configuration). Field and value arrays are stored as given and
 * must not be changed afterwards.
 */
public final class RedisHash implements RedisValue {

    public static final String LISTPACK = "listpack";
    public static final String HASHTABLE = "hashtable";

    public static final RedisError VALUE_NOT_AN_INTEGER = new RedisError("ERR hash value is not an integer");
    public static final RedisError VALUE_NOT_A_FLOAT = new RedisError("ERR hash value is not a float");
    public static final RedisError WOULD_BE_NAN_OR_INFINITY =
            new RedisError("ERR increment would produce NaN or Infinity");

    /** listpack encoding: field0, value0, field1, value1... ({@code 2 * count} slots used); null once a hashtable. */
    private byte[][] pairs;
    private int count;
    /** hashtable encoding; null while a listpack. */
    private Dict<byte[]> table;

    /** An empty hash, encoded as a listpack (createHashObject()). */
    public RedisHash() {
        pairs = new byte[8][];
    }

    @Override
    public ValueType type() {
        return ValueType.HASH;
    }

    @Override
    public String encoding() {
        return table == null ? LISTPACK : HASHTABLE;
    }

    @Override
    public long size() {
        return table == null ? count : table.size();
    }

    @Override
    public RedisHash copy() {
        RedisHash copy = new RedisHash();
        if (table == null) {
            copy.pairs = Arrays.copyOf(pairs, pairs.length);
            copy.count = count;
        } else {
            copy.pairs = null;
            copy.table = table.copy();
        }
        return copy;
    }

    // ---- reads ----

    /** The value of {@code field}, or null (hashTypeGetValue()). */
    public byte[] get(byte[] field) {
        if (table != null) {
            Dict.Entry<byte[]> e = table.find(field);
            return e == null ? null : e.value();
        }
        int i = indexOf(field);
        return i < 0 ? null : pairs[i + 1];
    }

    public boolean contains(byte[] field) {
        return table != null ? table.contains(field) : indexOf(field) >= 0;
    }

    /** HSTRLEN: the length of the value of {@code field}, 0 if it is missing. */
    public int valueLength(byte[] field) {
        byte[] value = get(field);
        return value == null ? 0 : value.length;
    }

    /** Every field with its value: in insertion order for a listpack, in table order for a hashtable. */
    public void forEach(BiConsumer<byte[], byte[]> visitor) {
        if (table != null) {
            for (Dict.Entry<byte[]> e : table) {
                visitor.accept(e.key(), e.value());
            }
            return;
        }
        for (int i = 0; i < 2 * count; i += 2) {
            visitor.accept(pairs[i], pairs[i + 1]);
        }
    }

    // ---- writes ----

    /**
     * Sets {@code field} to {@code value} (hashTypeSet()); true when the field is new. A field or
     * value longer than {@code maxListpackValue}, or a field beyond {@code maxListpackEntries},
     * turns a listpack into a hashtable. An existing field keeps its place in a listpack.
     */
    public boolean set(byte[] field, byte[] value, long maxListpackEntries, long maxListpackValue) {
        if (table == null && (field.length > maxListpackValue || value.length > maxListpackValue)) {
            convertToHashtable();
        }
        if (table != null) {
            return table.put(field, value);
        }
        int i = indexOf(field);
        if (i >= 0) {
            pairs[i + 1] = value;
            return false;
        }
        if (2 * count == pairs.length) {
            pairs = Arrays.copyOf(pairs, pairs.length * 2);
        }
        pairs[2 * count] = field;
        pairs[2 * count + 1] = value;
        count++;
        if (count > maxListpackEntries) {
            convertToHashtable();
        }
        return true;
    }

    /** HSETNX: sets {@code field} only if it is missing; true if it did. */
    public boolean setIfAbsent(byte[] field, byte[] value, long maxListpackEntries, long maxListpackValue) {
        if (contains(field)) {
            return false;
        }
        return set(field, value, maxListpackEntries, maxListpackValue);
    }

    /** Removes {@code field}; true if it was there (hashTypeDelete()). */
    public boolean delete(byte[] field) {
        if (table != null) {
            return table.remove(field) != null;
        }
        int i = indexOf(field);
        if (i < 0) {
            return false;
        }
        System.arraycopy(pairs, i + 2, pairs, i, 2 * count - i - 2);
        count--;
        pairs[2 * count] = null;
        pairs[2 * count + 1] = null;
        return true;
    }

    /**
     * HINCRBY: adds {@code increment} to the integer in {@code field} (0 if missing) and stores the
     * result as its decimal text.
     *
     * @throws RedisError {@link #VALUE_NOT_AN_INTEGER} if the value is not a 64-bit integer,
     *     {@link RedisError#OVERFLOW} if the sum does not fit
     */
    public long incrementBy(byte[] field, long increment, long maxListpackEntries, long maxListpackValue) {
        byte[] current = get(field);
        long value = 0;
        if (current != null) {
            if (!Numbers.isLong(current)) {
                throw VALUE_NOT_AN_INTEGER;
            }
            value = Numbers.parseLong(current);
        }
        long sum = value + increment;
        if (((value ^ sum) & (increment ^ sum)) < 0) {
            throw RedisError.OVERFLOW;
        }
        set(field, Numbers.toBytes(sum), maxListpackEntries, maxListpackValue);
        return sum;
    }

    /**
     * HINCRBYFLOAT: adds {@code increment} (finite) to the number in {@code field} (0 if missing) in
     * long double precision and stores the result as Redis prints it ({@code %.17Lf} without
     * trailing zeros); returns that text. The arithmetic is INCRBYFLOAT's, see {@link LongDouble}.
     *
     * @throws RedisError {@link #VALUE_NOT_A_FLOAT} if the value is not a number,
     *     {@link #WOULD_BE_NAN_OR_INFINITY} if the sum is not finite
     */
    public byte[] incrementByFloat(byte[] field, LongDouble increment, long maxListpackEntries, long maxListpackValue) {
        byte[] current = get(field);
        LongDouble value = LongDouble.ZERO;
        if (current != null) {
            value = LongDouble.parse(current);
            if (value == null) {
                throw VALUE_NOT_A_FLOAT;
            }
        }
        LongDouble sum = value.add(increment);
        if (sum == null || sum.isInfinite()) {
            throw WOULD_BE_NAN_OR_INFINITY;
        }
        byte[] text = ByteStrings.ascii(Numbers.formatHumanFriendly(sum.toBigDecimal()));
        set(field, text, maxListpackEntries, maxListpackValue);
        return text;
    }

    // ---- scanning and random fields ----

    /**
     * One HSCAN step from {@code cursor}: visits at least {@code count} fields (or all that remain)
     * and returns the next cursor, 0 when done. A listpack is visited whole in one step, with cursor
     * 0, as Redis does for compact encodings; a hashtable bucket by bucket, at most
     * {@code 10 * count} buckets per step (see {@link Dict#scan} for the guarantee).
     */
    public long scan(long cursor, long count, BiConsumer<byte[], byte[]> visitor) {
        if (table == null) {
            forEach(visitor);
            return 0;
        }
        long[] visited = {0};
        long buckets = count > Long.MAX_VALUE / 10 ? Long.MAX_VALUE : count * 10;
        do {
            cursor = table.scan(cursor, e -> {
                visited[0]++;
                visitor.accept(e.key(), e.value());
            });
        } while (cursor != 0 && --buckets > 0 && visited[0] < count);
        return cursor;
    }

    /** A field chosen at random (HRANDFIELD without a count); the hash must not be empty. */
    public byte[] randomField(RandomGenerator random) {
        if (table != null) {
            return table.random(random).key();
        }
        return pairs[2 * random.nextInt(count)];
    }

    /**
     * HRANDFIELD with a count, as a flat list field, value, field, value... A positive count asks
     * for distinct fields (all of them if the count is larger than the hash); a negative count for
     * exactly {@code -count} fields chosen independently, so repeats are possible. The hash must
     * not be empty; {@code -count} must fit in an int.
     */
    public List<byte[]> randomPairs(long count, RandomGenerator random) {
        List<byte[]> out = new ArrayList<>();
        if (count < 0) {
            int n = Math.toIntExact(-count);
            for (int k = 0; k < n; k++) {
                if (table != null) {
                    Dict.Entry<byte[]> e = table.random(random);
                    out.add(e.key());
                    out.add(e.value());
                } else {
                    int i = 2 * random.nextInt(this.count);
                    out.add(pairs[i]);
                    out.add(pairs[i + 1]);
                }
            }
            return out;
        }
        if (count >= size()) {
            forEach((f, v) -> {
                out.add(f);
                out.add(v);
            });
            return out;
        }
        if (table != null) {
            for (Dict.Entry<byte[]> e : Sampling.distinctEntries(table, (int) count, random)) {
                out.add(e.key());
                out.add(e.value());
            }
            return out;
        }
        for (int i : Sampling.distinctIndexes(this.count, (int) count, random)) {
            out.add(pairs[2 * i]);
            out.add(pairs[2 * i + 1]);
        }
        return out;
    }

    // ---- encoding ----

    private int indexOf(byte[] field) {
        for (int i = 0; i < 2 * count; i += 2) {
            if (Arrays.equals(pairs[i], field)) {
                return i;
            }
        }
        return -1;
    }

    /** hashTypeConvert() from listpack to hashtable. */
    private void convertToHashtable() {
        Dict<byte[]> dict = new Dict<>();
        dict.expand(count);
        for (int i = 0; i < 2 * count; i += 2) {
            dict.put(pairs[i], pairs[i + 1]);
        }
        table = dict;
        pairs = null;
        count = 0;
    }
}
