package io.hexaredis.application.commands.set;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import java.util.List;

/** The set group (t_set.c), in the order of Redis's command table. */
public final class SetCommands {

    private SetCommands() {}

    public static List<Command<Call>> all() {
        return List.of();
    }
}
