package io.hexaredis.application.commands;

import io.hexaredis.application.commands.connection.ConnectionCommands;
import io.hexaredis.application.commands.hash.HashCommands;
import io.hexaredis.application.commands.keyspace.KeyspaceCommands;
import io.hexaredis.application.commands.list.ListCommands;
import io.hexaredis.application.commands.persistence.PersistenceCommands;
import io.hexaredis.application.commands.pubsub.PubSubCommands;
import io.hexaredis.application.commands.replication.ReplicationCommands;
import io.hexaredis.application.commands.server.ServerCommands;
import io.hexaredis.application.commands.set.SetCommands;
import io.hexaredis.application.commands.string.StringCommands;
import io.hexaredis.application.commands.transaction.TransactionCommands;
import io.hexaredis.application.commands.zset.SortedSetCommands;
import io.hexaredis.application.dispatch.Call;
import io.hexaredis.application.dispatch.CommandTable;
import io.hexaredis.domain.command.Command;
import java.util.ArrayList;
import java.util.List;

/**
 * Every command this server has, group by group: the equivalent of Redis's commands.def. Each
 * group's package lists its own commands; this is the one place that puts the groups together.
 */
public final class StandardCommands {

    private StandardCommands() {}

    public static CommandTable table() {
        List<Command<Call>> all = new ArrayList<>();
        all.addAll(KeyspaceCommands.all());
        all.addAll(StringCommands.all());
        all.addAll(ListCommands.all());
        all.addAll(SetCommands.all());
        all.addAll(SortedSetCommands.all());
        all.addAll(HashCommands.all());
        all.addAll(PubSubCommands.all());
        all.addAll(TransactionCommands.all());
        all.addAll(ConnectionCommands.all());
        all.addAll(ServerCommands.all());
        all.addAll(PersistenceCommands.all());
        all.addAll(ReplicationCommands.all());
        return new CommandTable(all);
    }
}
