package io.hexaredis.application.commands.string;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import java.util.List;

/** The string group, in the order of Redis 7.0's command table (alphabetical within the group). */
public final class StringCommands {

    private StringCommands() {}

    public static List<Command<Call>> all() {
        return List.of(
                new AppendCommand(),
                new DecrCommand(),
                new DecrbyCommand(),
                new GetCommand(),
                new GetdelCommand(),
                new GetexCommand(),
                new GetrangeCommand(),
                new GetsetCommand(),
                new IncrCommand(),
                new IncrbyCommand(),
                new IncrbyfloatCommand(),
                new LcsCommand(),
                new MgetCommand(),
                new MsetCommand(),
                new MsetnxCommand(),
                new PsetexCommand(),
                new SetCommand(),
                new SetexCommand(),
                new SetnxCommand(),
                new SetrangeCommand(),
                new StrlenCommand(),
                new SubstrCommand());
    }
}
