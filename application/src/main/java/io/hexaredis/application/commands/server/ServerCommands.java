package io.hexaredis.application.commands.server;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import java.util.List;

/** The server group (server.c, config.c, debug.c), in the order of Redis's command table. */
public final class ServerCommands {

    private ServerCommands() {}

    public static List<Command<Call>> all() {
        return List.of();
    }
}
