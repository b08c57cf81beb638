package io.hexaredis.application.commands;

import io.hexaredis.application.commands.connection.ConnectionCommands;
import io.hexaredis.application.commands.string.StringCommands;
import io.hexaredis.application.dispatch.Call;
import io.hexaredis.application.dispatch.CommandTable;
import io.hexaredis.domain.command.Command;
import java.util.ArrayList;
import java.util.List;

/** The table of every command this server has, group by group (commands.def). */
public final class StandardCommands {

    private StandardCommands() {}

    public static CommandTable table() {
        List<Command<Call>> all = new ArrayList<>();
        all.addAll(ConnectionCommands.all());
        all.addAll(StringCommands.all());
        return new CommandTable(all);
    }
}
