package io.hexaredis.application.dispatch;

import io.hexaredis.domain.bytes.ByteStrings;
import io.hexaredis.domain.command.Command;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The command table: every command the server knows, looked up by name, case-insensitively.
 *
 * <p>Redis: the {@code redisCommandTable} generated into commands.def, and lookupCommand() in
 * server.c. The table is one explicit list, in Redis's group order; each group contributes its
 * commands from its package ({@code commands.string.StringCommands} and so on), where the
 * commands and the list stand together.
 */
public final class CommandTable {

    private final Map<String, Command<Call>> byName = new HashMap<>();
    private final List<Command<Call>> ordered = new ArrayList<>();

    public CommandTable(List<Command<Call>> commands) {
        for (Command<Call> c : commands) {
            if (byName.put(c.spec().name(), c) != null) {
                throw new IllegalArgumentException("command defined twice: " + c.spec().name());
            }
            ordered.add(c);
        }
    }

    /** The command named by {@code name} (argv[0] as typed), or null. */
    public Command<Call> lookup(byte[] name) {
        return byName.get(ByteStrings.lowerAscii(name));
    }

    public Command<Call> lookup(String name) {
        return byName.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    public Collection<Command<Call>> all() {
        return Collections.unmodifiableList(ordered);
    }

    public int size() {
        return ordered.size();
    }
}
