package io.hexaredis.application.commands.transaction;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import java.util.List;

/** The transactions group (multi.c), in the order of Redis's command table. */
public final class TransactionCommands {

    private TransactionCommands() {}

    public static List<Command<Call>> all() {
        return List.of(new DiscardCommand(), new ExecCommand(), new MultiCommand(), new UnwatchCommand(),
                new WatchCommand());
    }
}
