package io.hexaredis.application.commands.set;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import java.util.List;

/** The set group (t_set.c), in the order of Redis's command table. */
public final class SetCommands {

    private SetCommands() {}

    public static List<Command<Call>> all() {
        return List.of(
                new SaddCommand(),
                new ScardCommand(),
                new SdiffCommand(),
                new SdiffstoreCommand(),
                SinterCommand.sinter(),
                new SintercardCommand(),
                new SinterstoreCommand(),
                new SismemberCommand(),
                SinterCommand.smembers(),
                new SmismemberCommand(),
                new SmoveCommand(),
                new SpopCommand(),
                new SrandmemberCommand(),
                new SremCommand(),
                new SscanCommand(),
                new SunionCommand(),
                new SunionstoreCommand());
    }
}
