package io.hexaredis.application.commands.list;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import java.util.List;

/** The list group (t_list.c), in the order of Redis's command table. */
public final class ListCommands {

    private ListCommands() {}

    public static List<Command<Call>> all() {
        return List.of();
    }
}
