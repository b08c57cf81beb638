package io.hexaredis.application.commands.string;

import io.hexaredis.domain.keyspace.RedisValue;
import io.hexaredis.domain.keyspace.ValueType;

/** A value of another type than string, to provoke WRONGTYPE without depending on the list commands. */
final class FakeList implements RedisValue {

    static final String WRONGTYPE = "-WRONGTYPE Operation against a key holding the wrong kind of value";

    /** Stores a FakeList under {@code key} in database 0 of the harness. */
    static void storeIn(io.hexaredis.application.CommandHarness h, String key) {
        h.keyspace.db(0).set(key.getBytes(java.nio.charset.StandardCharsets.UTF_8), new FakeList());
    }

    @Override
    public ValueType type() {
        return ValueType.LIST;
    }

    @Override
    public String encoding() {
        return "listpack";
    }

    @Override
    public long size() {
        return 1;
    }

    @Override
    public RedisValue copy() {
        return new FakeList();
    }
}
