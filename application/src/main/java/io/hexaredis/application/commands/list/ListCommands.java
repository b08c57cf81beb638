package io.hexaredis.application.commands.list;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import java.util.List;

/** The list group (t_list.c), in the order of Redis's command table. */
public final class ListCommands {

    private ListCommands() {}

    public static List<Command<Call>> all() {
        return List.of(
                new BlmoveCommand(),
                new BlmpopCommand(),
                new BlpopCommand(),
                new BrpopCommand(),
                new BrpoplpushCommand(),
                new LindexCommand(),
                new LinsertCommand(),
                new LlenCommand(),
                new LmoveCommand(),
                new LmpopCommand(),
                new LpopCommand(),
                new LposCommand(),
                new LpushCommand(),
                new LpushxCommand(),
                new LrangeCommand(),
                new LremCommand(),
                new LsetCommand(),
                new LtrimCommand(),
                new RpopCommand(),
                new RpoplpushCommand(),
                new RpushCommand(),
                new RpushxCommand());
    }
}
