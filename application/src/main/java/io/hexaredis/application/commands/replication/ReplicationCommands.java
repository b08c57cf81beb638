package io.hexaredis.application.commands.replication;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import java.util.List;

/** The replication commands, in the order of Redis's command table. */
public final class ReplicationCommands {

    private ReplicationCommands() {}

    public static List<Command<Call>> all() {
        return List.of(
                new SyncCommand(SyncCommand.PSYNC),
                new ReplconfCommand(),
                new ReplicaofCommand(ReplicaofCommand.REPLICAOF),
                new RoleCommand(),
                new ReplicaofCommand(ReplicaofCommand.SLAVEOF),
                new SyncCommand(SyncCommand.SYNC),
                new WaitCommand());
    }
}
