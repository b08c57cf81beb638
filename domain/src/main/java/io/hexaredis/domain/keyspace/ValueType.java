package io.hexaredis.domain.keyspace;

/**
 * The type of a value, as TYPE names it. Redis: the OBJ_* types of server.h.
 *
 * <p>Strings are stored as plain {@code byte[]} (the most common value, and the one where an extra
 * object per key would cost most memory); every other type is a {@link RedisValue}.
 */
public enum ValueType {
    STRING("string"), LIST("list"), SET("set"), ZSET("zset"), HASH("hash"), STREAM("stream");

    private final String word;

    ValueType(String word) {
        this.word = word;
    }

    /** The word TYPE answers. */
    public String word() {
        return word;
    }

    public static ValueType of(Object value) {
        if (value instanceof byte[]) {
            return STRING;
        }
        return ((RedisValue) value).type();
    }
}
