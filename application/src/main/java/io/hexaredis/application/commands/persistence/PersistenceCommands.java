package io.hexaredis.application.commands.persistence;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import java.util.List;

/** The persistence commands, in the order of Redis's command table (LASTSAVE is with the server commands). */
public final class PersistenceCommands {

    private PersistenceCommands() {}

    public static List<Command<Call>> all() {
        return List.of(
                new DumpCommand(),
                new RestoreCommand(),
                new BgrewriteaofCommand(),
                new BgsaveCommand(),
                new SaveCommand());
    }
}
