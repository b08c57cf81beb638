package io.hexaredis.application.commands.keyspace;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import java.util.List;

/**
 * The generic group (keys and expiry, db.c and expire.c) in the order of Redis's command table,
 * followed by the four commands of the server group that work on whole databases.
 */
public final class KeyspaceCommands {

    private KeyspaceCommands() {}

    public static List<Command<Call>> all() {
        return List.of(
                // generic
                new CopyCommand(),
                new DelCommand(),
                new ExistsCommand(),
                new ExpireCommand(),
                new ExpireatCommand(),
                new ExpiretimeCommand(),
                new KeysCommand(),
                new MoveCommand(),
                ObjectCommand.container(),
                new PersistCommand(),
                new PexpireCommand(),
                new PexpireatCommand(),
                new PexpiretimeCommand(),
                new PttlCommand(),
                new RandomkeyCommand(),
                new RenameCommand(),
                new RenamenxCommand(),
                new ScanCommand(),
                new TouchCommand(),
                new TtlCommand(),
                new TypeCommand(),
                new UnlinkCommand(),
                // server
                new DbsizeCommand(),
                new FlushallCommand(),
                new FlushdbCommand(),
                new SwapdbCommand());
    }
}
