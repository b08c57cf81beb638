package io.hexaredis.adapter.persistence.rdb;

import io.hexaredis.domain.bytes.Numbers;
import io.hexaredis.domain.hash.RedisHash;
import io.hexaredis.domain.keyspace.RedisValue;
import io.hexaredis.domain.list.RedisList;
import io.hexaredis.domain.set.RedisSet;
import io.hexaredis.domain.zset.RedisSortedSet;
import io.hexaredis.domain.zset.Scores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one value: its RDB type byte, and its encoding, the way Redis 7.0 writes that type.
 *
 * <p>Redis: rdbSaveObjectType() and rdbSaveObject() in rdb.c. What 7.0 writes per type:
 * <ul>
 *   <li>string: a string (integer or LZF encoded when that is smaller);
 *   <li>list: QUICKLIST_2, nodes of listpacks;
 *   <li>set: INTSET blob for a small set of integers, else SET (count + members);
 *   <li>hash: HASH_LISTPACK blob when small, else HASH (count + field, value);
 *   <li>sorted set: ZSET_LISTPACK blob when small, else ZSET_2 (count + member, binary score).
 * </ul>
 * The collection writers take plain elements (tested against real Redis on their own);
 * {@link #typeOf} and {@link #write} pick the encoding from the domain value's own (a listpack hash
 * is written as a listpack, an intset as an intset), one branch per type. Streams are not written
 * yet.
 */
final class RdbValueWriter {

    /** Quicklist nodes are cut at about this many bytes, as list-max-listpack-size -2 (8 kB) does. */
    private static final int QUICKLIST_NODE_BYTES = 8 * 1024;

    private RdbValueWriter() {}

    /** The type byte of {@code value} (rdbSaveObjectType()). */
    static int typeOf(Object value) throws IOException {
        if (value instanceof byte[]) {
            return RdbFormat.TYPE_STRING;
        }
        if (value instanceof RedisList) {
            return RdbFormat.TYPE_LIST_QUICKLIST_2;
        }
        if (value instanceof RedisSet set) {
            return RedisSet.INTSET.equals(set.encoding()) ? RdbFormat.TYPE_SET_INTSET : RdbFormat.TYPE_SET;
        }
        if (value instanceof RedisHash hash) {
            return RedisHash.LISTPACK.equals(hash.encoding()) ? RdbFormat.TYPE_HASH_LISTPACK : RdbFormat.TYPE_HASH;
        }
        if (value instanceof RedisSortedSet zset) {
            return RedisSortedSet.LISTPACK.equals(zset.encoding()) ? RdbFormat.TYPE_ZSET_LISTPACK : RdbFormat.TYPE_ZSET_2;
        }
        throw unsupported(value);
    }

    /** The encoding of {@code value}, after its type byte and key (rdbSaveObject()). */
    static void write(RdbOutput out, Object value) throws IOException {
        if (value instanceof byte[] s) {
            out.writeString(s);
        } else if (value instanceof RedisList list) {
            List<byte[]> elements = new ArrayList<>((int) list.size());
            list.forEach(elements::add);
            writeList(out, elements);
        } else if (value instanceof RedisSet set) {
            writeSet(out, set.members(), RedisSet.INTSET.equals(set.encoding()));
        } else if (value instanceof RedisHash hash) {
            List<byte[]> pairs = new ArrayList<>((int) hash.size() * 2);
            hash.forEach((field, v) -> {
                pairs.add(field);
                pairs.add(v);
            });
            writeHash(out, pairs, RedisHash.LISTPACK.equals(hash.encoding()));
        } else if (value instanceof RedisSortedSet zset) {
            List<byte[]> members = new ArrayList<>((int) zset.size());
            double[] scores = new double[(int) zset.size()];
            zset.forEach((member, score) -> {
                scores[members.size()] = score;
                members.add(member);
            });
            writeSortedSet(out, members, scores, RedisSortedSet.LISTPACK.equals(zset.encoding()));
        } else {
            throw unsupported(value);
        }
    }

    private static IOException unsupported(Object value) {
        String type = value instanceof RedisValue v ? v.type().word() : value.getClass().getName();
        return new IOException("values of type " + type + " cannot be saved by this server yet");
    }

    /** A list as TYPE_LIST_QUICKLIST_2: nodes of at most about 8 kB, each a listpack. */
    static void writeList(RdbOutput out, List<byte[]> elements) throws IOException {
        List<List<byte[]>> nodes = new ArrayList<>();
        List<byte[]> node = new ArrayList<>();
        int bytes = 0;
        for (byte[] e : elements) {
            if (!node.isEmpty() && bytes + e.length + 11 > QUICKLIST_NODE_BYTES) {
                nodes.add(node);
                node = new ArrayList<>();
                bytes = 0;
            }
            node.add(e);
            bytes += e.length + 11;
        }
        if (!node.isEmpty()) {
            nodes.add(node);
        }
        out.writeLen(nodes.size());
        for (List<byte[]> n : nodes) {
            out.writeLen(RdbFormat.QUICKLIST_NODE_PACKED);
            out.writeString(Listpack.encode(n));
        }
    }

    /**
     * A set: as TYPE_SET_INTSET when {@code intset} (every member a canonical 64-bit integer),
     * else as TYPE_SET. Returns the type written, for the type byte.
     */
    static void writeSet(RdbOutput out, List<byte[]> members, boolean intset) throws IOException {
        if (intset) {
            long[] values = new long[members.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = Numbers.parseLong(members.get(i));
            }
            out.writeString(Intset.encode(values));
            return;
        }
        out.writeLen(members.size());
        for (byte[] m : members) {
            out.writeString(m);
        }
    }

    /** A hash: TYPE_HASH_LISTPACK when {@code listpack}, else TYPE_HASH; fields and values alternate. */
    static void writeHash(RdbOutput out, List<byte[]> fieldsAndValues, boolean listpack) throws IOException {
        if (listpack) {
            out.writeString(Listpack.encode(fieldsAndValues));
            return;
        }
        out.writeLen(fieldsAndValues.size() / 2);
        for (byte[] s : fieldsAndValues) {
            out.writeString(s);
        }
    }

    /**
     * A sorted set: TYPE_ZSET_LISTPACK when {@code listpack}, else TYPE_ZSET_2. A listpack is read
     * back as it is, so its pairs must be in zset order (score, then member bytes); they are sorted
     * here whatever order they come in.
     */
    static void writeSortedSet(RdbOutput out, List<byte[]> members, double[] scores, boolean listpack) throws IOException {
        if (listpack) {
            List<byte[]> pairs = new ArrayList<>(members.size() * 2);
            Integer[] order = new Integer[members.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (x, y) -> scores[x] != scores[y] ? Double.compare(scores[x], scores[y])
                    : java.util.Arrays.compareUnsigned(members.get(x), members.get(y)));
            for (int i : order) {
                pairs.add(members.get(i));
                pairs.add(Scores.listpackText(scores[i]).getBytes(StandardCharsets.US_ASCII));
            }
            out.writeString(Listpack.encode(pairs));
            return;
        }
        out.writeLen(members.size());
        for (int i = members.size() - 1; i >= 0; i--) { // tail first, as Redis walks its skiplist
            out.writeString(members.get(i));
            out.writeBinaryDouble(scores[i]);
        }
    }
}
