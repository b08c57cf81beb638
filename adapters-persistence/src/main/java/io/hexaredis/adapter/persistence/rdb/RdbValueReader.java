package io.hexaredis.adapter.persistence.rdb;

import io.hexaredis.domain.bytes.Bytes;
import io.hexaredis.domain.bytes.Numbers;
import io.hexaredis.domain.hash.RedisHash;
import io.hexaredis.domain.keyspace.ValueType;
import io.hexaredis.domain.list.RedisList;
import io.hexaredis.domain.set.RedisSet;
import io.hexaredis.domain.zset.ListpackLimits;
import io.hexaredis.domain.zset.RedisSortedSet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads one value of a given RDB type: a string, or a collection in any encoding any Redis version
 * wrote, decoded into a {@link DecodedCollection} and then made into the domain value.
 *
 * <p>Redis: rdbLoadObject() in rdb.c, one branch per type. Corrupt content (a blob that does not
 * parse, duplicate members) is an {@link RdbCorruptException}, never a crash: DUMP payloads come
 * from clients.
 */
final class RdbValueReader {

    private RdbValueReader() {}

    /**
     * The encoding thresholds of the server loading the value (Redis: server.list_max_listpack_size,
     * hash_max_listpack_entries/value, set_max_intset_entries, zset_max_listpack_entries/value): a
     * loaded collection takes the encoding this server would have given it, whatever the file's
     * encoding was.
     */
    record Limits(int listMaxListpackSize, long hashMaxListpackEntries, long hashMaxListpackValue,
            long setMaxIntsetEntries, ListpackLimits zset) {

        /** Redis 7.0's defaults. */
        static final Limits DEFAULTS = new Limits(-2, 512, 64, 512, ListpackLimits.DEFAULT);
    }

    /** A {@code byte[]} for a string; the domain value for a collection. */
    static Object read(int type, RdbInput in, Limits limits) throws IOException {
        if (type == RdbFormat.TYPE_STRING) {
            return in.readString();
        }
        return toDomainValue(readCollection(type, in), in, limits);
    }

    /**
     * Makes the domain value of a decoded collection, one branch per type, each built through the
     * type's own operations so that it ends in the encoding the limits call for; a sorted set keeps
     * a compact encoding it was stored in as long as it has few enough members, as Redis does.
     */
    static Object toDomainValue(DecodedCollection c, RdbInput in, Limits limits) throws RdbCorruptException {
        switch (c.type()) {
            case LIST -> {
                RedisList list = new RedisList(limits.listMaxListpackSize());
                for (byte[] e : c.elements()) {
                    list.pushTail(e);
                }
                return list;
            }
            case SET -> {
                RedisSet set = RedisSet.forFirstMember(c.elements().get(0));
                for (byte[] m : c.elements()) {
                    set.add(m, limits.setMaxIntsetEntries());
                }
                return set;
            }
            case HASH -> {
                RedisHash hash = new RedisHash();
                List<byte[]> fv = c.elements();
                for (int i = 0; i < fv.size(); i += 2) {
                    hash.set(fv.get(i), fv.get(i + 1), limits.hashMaxListpackEntries(), limits.hashMaxListpackValue());
                }
                return hash;
            }
            case ZSET -> {
                boolean compact = c.rdbType() == RdbFormat.TYPE_ZSET_ZIPLIST || c.rdbType() == RdbFormat.TYPE_ZSET_LISTPACK;
                return RedisSortedSet.loaded(c.elements(), c.scores(), compact, limits.zset());
            }
            default -> throw in.corrupt("values of type " + c.type().word() + " cannot be loaded by this server yet");
        }
    }

    /** Decodes a collection value of {@code type} without making a domain value of it. */
    static DecodedCollection readCollection(int type, RdbInput in) throws IOException {
        try {
            return switch (type) {
                case RdbFormat.TYPE_LIST -> new DecodedCollection(ValueType.LIST, readStrings(in, in.readCount()), null, type);
                case RdbFormat.TYPE_SET -> set(readStrings(in, in.readCount()), type, in);
                case RdbFormat.TYPE_HASH -> hash(readStrings(in, pairs(in)), type, in);
                case RdbFormat.TYPE_ZSET, RdbFormat.TYPE_ZSET_2 -> readZset(type, in);
                case RdbFormat.TYPE_HASH_ZIPMAP -> hash(Zipmap.decode(in.readString()), type, in);
                case RdbFormat.TYPE_LIST_ZIPLIST -> new DecodedCollection(ValueType.LIST, Ziplist.decode(in.readString()), null, type);
                case RdbFormat.TYPE_SET_INTSET -> set(Intset.decode(in.readString()), type, in);
                case RdbFormat.TYPE_ZSET_ZIPLIST -> zsetFromPairs(Ziplist.decode(in.readString()), type, in);
                case RdbFormat.TYPE_HASH_ZIPLIST -> hash(Ziplist.decode(in.readString()), type, in);
                case RdbFormat.TYPE_LIST_QUICKLIST -> readQuicklist(type, in);
                case RdbFormat.TYPE_HASH_LISTPACK -> hash(Listpack.decode(in.readString()), type, in);
                case RdbFormat.TYPE_ZSET_LISTPACK -> zsetFromPairs(Listpack.decode(in.readString()), type, in);
                case RdbFormat.TYPE_LIST_QUICKLIST_2 -> readQuicklist(type, in);
                case RdbFormat.TYPE_STREAM_LISTPACKS, RdbFormat.TYPE_STREAM_LISTPACKS_2 ->
                        throw in.corrupt("stream values are not supported by this server");
                case RdbFormat.TYPE_MODULE_PRE_GA, RdbFormat.TYPE_MODULE_2 ->
                        throw in.corrupt("The RDB file contains module data I can't load: no matching module");
                default -> throw in.corrupt("Unknown RDB encoding type " + type);
            };
        } catch (IllegalArgumentException e) {
            throw in.corrupt(e.getMessage());
        }
    }

    private static int pairs(RdbInput in) throws IOException {
        int n = in.readCount();
        if (n > Integer.MAX_VALUE / 2) {
            throw in.corrupt("hash of " + n + " fields is too large");
        }
        return n * 2;
    }

    private static List<byte[]> readStrings(RdbInput in, int n) throws IOException {
        List<byte[]> out = new ArrayList<>(Math.min(n, 1 << 16));
        for (int i = 0; i < n; i++) {
            out.add(in.readString());
        }
        return out;
    }

    private static DecodedCollection readZset(int type, RdbInput in) throws IOException {
        int n = in.readCount();
        List<byte[]> members = new ArrayList<>(Math.min(n, 1 << 16));
        double[] scores = new double[Math.min(n, 1 << 16)];
        for (int i = 0; i < n; i++) {
            members.add(in.readString());
            double score = type == RdbFormat.TYPE_ZSET ? in.readTextDouble() : in.readBinaryDouble();
            if (Double.isNaN(score)) {
                throw in.corrupt("Zset with NAN score detected");
            }
            if (i == scores.length) {
                scores = java.util.Arrays.copyOf(scores, Math.min(n, scores.length * 2));
            }
            scores[i] = score;
        }
        checkUnique(members, 1, "Duplicate zset fields detected", in);
        return new DecodedCollection(ValueType.ZSET, members, java.util.Arrays.copyOf(scores, n), type);
    }

    private static DecodedCollection zsetFromPairs(List<byte[]> pairs, int type, RdbInput in) throws RdbCorruptException {
        if (pairs.size() % 2 != 0) {
            throw in.corrupt("sorted set blob with an odd number of entries");
        }
        List<byte[]> members = new ArrayList<>(pairs.size() / 2);
        double[] scores = new double[pairs.size() / 2];
        for (int i = 0; i < pairs.size(); i += 2) {
            members.add(pairs.get(i));
            double score = Numbers.parseDoubleOr(pairs.get(i + 1), Double.NaN);
            if (Double.isNaN(score)) {
                throw in.corrupt("invalid score in a sorted set blob");
            }
            scores[i / 2] = score;
        }
        checkUnique(members, 1, "Duplicate zset fields detected", in);
        return new DecodedCollection(ValueType.ZSET, members, scores, type);
    }

    private static DecodedCollection hash(List<byte[]> fieldsAndValues, int type, RdbInput in) throws RdbCorruptException {
        if (fieldsAndValues.size() % 2 != 0) {
            throw in.corrupt("hash blob with an odd number of entries");
        }
        checkUnique(fieldsAndValues, 2, "Duplicate hash fields detected", in);
        return new DecodedCollection(ValueType.HASH, fieldsAndValues, null, type);
    }

    private static DecodedCollection set(List<byte[]> members, int type, RdbInput in) throws RdbCorruptException {
        checkUnique(members, 1, "Duplicate set members detected", in);
        return new DecodedCollection(ValueType.SET, members, null, type);
    }

    private static DecodedCollection readQuicklist(int type, RdbInput in) throws IOException {
        int nodes = in.readCount();
        List<byte[]> elements = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            int container = RdbFormat.QUICKLIST_NODE_PACKED;
            if (type == RdbFormat.TYPE_LIST_QUICKLIST_2) {
                container = in.readCount();
                if (container != RdbFormat.QUICKLIST_NODE_PACKED && container != RdbFormat.QUICKLIST_NODE_PLAIN) {
                    throw in.corrupt("Quicklist integrity check failed: unknown container " + container);
                }
            }
            byte[] blob = in.readString();
            if (container == RdbFormat.QUICKLIST_NODE_PLAIN) {
                elements.add(blob);
            } else {
                elements.addAll(type == RdbFormat.TYPE_LIST_QUICKLIST_2 ? Listpack.decode(blob) : Ziplist.decode(blob));
            }
        }
        return new DecodedCollection(ValueType.LIST, elements, null, type);
    }

    private static void checkUnique(List<byte[]> items, int step, String error, RdbInput in) throws RdbCorruptException {
        Set<Bytes> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i += step) {
            if (!seen.add(Bytes.of(items.get(i)))) {
                throw in.corrupt(error);
            }
        }
    }
}
