package io.hexaredis.adapter.persistence.rdb;

import io.hexaredis.domain.keyspace.ValueType;
import java.util.List;

/**
 * A collection read from an RDB value, in plain form, whatever encoding it was stored in: the
 * step between the many on-disk encodings (zipmap, ziplist, listpack, intset, quicklist, plain)
 * and the domain value the keyspace holds.
 *
 * <ul>
 *   <li>LIST: {@code elements} in list order;
 *   <li>SET: {@code elements} are the members;
 *   <li>HASH: {@code elements} alternate field, value, field, value...;
 *   <li>ZSET: {@code elements} are the members, {@code scores} their scores (same index).
 * </ul>
 * {@code rdbType} is the type byte it was read from, which tells the encoding Redis had chosen
 * (a compact one or not).
 */
public record DecodedCollection(ValueType type, List<byte[]> elements, double[] scores, int rdbType) {

    /** Number of elements (pairs for a hash). */
    public int size() {
        return type == ValueType.HASH ? elements.size() / 2 : elements.size();
    }
}
