package io.hexaredis.application.commands.keyspace;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import java.util.List;

/** The generic group: keys and expiry (db.c, expire.c), in the order of Redis's command table. */
public final class KeyspaceCommands {

    private KeyspaceCommands() {}

    public static List<Command<Call>> all() {
        return List.of();
    }
}
