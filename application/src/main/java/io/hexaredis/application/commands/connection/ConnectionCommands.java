package io.hexaredis.application.commands.connection;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import java.util.List;

/** The connection group, in the order of Redis's command table. */
public final class ConnectionCommands {

    private ConnectionCommands() {}

    public static List<Command<Call>> all() {
        return List.of(
                new PingCommand(),
                new EchoCommand(),
                new SelectCommand());
    }
}
