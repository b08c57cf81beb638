package io.hexaredis.application.commands.zset;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import java.util.List;

/** The sorted set group (t_zset.c), in the order of Redis's command table. */
public final class SortedSetCommands {

    private SortedSetCommands() {}

    public static List<Command<Call>> all() {
        return List.of();
    }
}
