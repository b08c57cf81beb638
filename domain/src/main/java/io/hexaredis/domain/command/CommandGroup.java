package io.hexaredis.domain.command;

import java.util.Locale;

/** The group a command belongs to, as COMMAND DOCS reports it ("string", "generic", "server"...). */
public enum CommandGroup {
    GENERIC, STRING, LIST, SET, SORTED_SET, HASH, PUBSUB, TRANSACTIONS, CONNECTION, SERVER,
    SCRIPTING, HYPERLOGLOG, CLUSTER, SENTINEL, GEO, STREAM, BITMAP;

    private final String word = name().toLowerCase(Locale.ROOT);

    public String word() {
        return word;
    }
}
