package io.hexaredis.application.commands.hash;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import java.util.List;

/** The hash group (t_hash.c), in the order of Redis's command table. */
public final class HashCommands {

    private HashCommands() {}

    public static List<Command<Call>> all() {
        return List.of();
    }
}
