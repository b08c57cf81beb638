package io.hexaredis.domain.keyspace;

/**
 * A value of a collection type stored in the keyspace (Redis's robj with type and encoding).
 * Strings are plain {@code byte[]} and do not implement this; see {@link ValueType}.
 */
public interface RedisValue {

    ValueType type();

    /** The encoding OBJECT ENCODING reports ("listpack", "hashtable", "intset", "skiplist"...). */
    String encoding();

    /** Number of elements; a collection with none is removed from the keyspace. */
    long size();

    /** A deep copy, for COPY. */
    RedisValue copy();
}
