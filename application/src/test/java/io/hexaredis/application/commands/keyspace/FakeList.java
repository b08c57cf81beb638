package io.hexaredis.application.commands.keyspace;

import io.hexaredis.domain.keyspace.RedisValue;
import io.hexaredis.domain.keyspace.ValueType;
import java.util.ArrayList;
import java.util.List;

/** A collection value of any type, for the generic commands that never look inside one. */
final class FakeList implements RedisValue {

    final ValueType type;
    final List<String> items = new ArrayList<>();

    FakeList(ValueType type, String... items) {
        this.type = type;
        this.items.addAll(List.of(items));
    }

    @Override
    public ValueType type() {
        return type;
    }

    @Override
    public String encoding() {
        return type == ValueType.LIST ? "quicklist" : "hashtable";
    }

    @Override
    public long size() {
        return items.size();
    }

    @Override
    public RedisValue copy() {
        return new FakeList(type, items.toArray(new String[0]));
    }
}
