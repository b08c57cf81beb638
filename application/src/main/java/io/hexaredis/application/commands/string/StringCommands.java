package io.hexaredis.application.commands.string;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import java.util.List;

/** The string group, in the order of Redis's command table. */
public final class StringCommands {

    private StringCommands() {}

    public static List<Command<Call>> all() {
        return List.of(
                new GetCommand(),
                new SetCommand());
    }
}
