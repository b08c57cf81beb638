package io.hexaredis.application.commands.hash;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import java.util.List;

/** The hash group (t_hash.c), in the order of Redis's command table. */
public final class HashCommands {

    private HashCommands() {}

    public static List<Command<Call>> all() {
        return List.of(
                new HdelCommand(),
                new HexistsCommand(),
                new HgetCommand(),
                new HgetallCommand(),
                new HincrbyCommand(),
                new HincrbyfloatCommand(),
                new HkeysCommand(),
                new HlenCommand(),
                new HmgetCommand(),
                HsetCommand.hmset(),
                new HrandfieldCommand(),
                new HscanCommand(),
                HsetCommand.hset(),
                new HsetnxCommand(),
                new HstrlenCommand(),
                new HvalsCommand());
    }
}
