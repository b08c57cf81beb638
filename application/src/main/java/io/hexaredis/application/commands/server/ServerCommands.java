package io.hexaredis.application.commands.server;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.application.dispatch.ContainerCommand;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import java.util.List;

/** The server group (server.c, config.c, debug.c), in the order of Redis's command table. */
public final class ServerCommands {

    private ServerCommands() {}

    private static final CommandSpec CONFIG = CommandSpec.of("config", -2).group(CommandGroup.SERVER)
            .summary("A container for server configuration commands").complexity("Depends on subcommand.")
            .since("2.0.0");

    public static List<Command<Call>> all() {
        return List.of(
                new ContainerCommand(CommandCommand.SPEC, List.of(
                        new CommandCountCommand(),
                        new CommandListCommand(),
                        new CommandInfoCommand(),
                        new CommandDocsCommand(),
                        new CommandGetKeysCommand(),
                        new CommandGetKeysAndFlagsCommand(),
                        new CommandHelpCommand()),
                        new CommandCommand()),
                new ContainerCommand(CONFIG, List.of(
                        new ConfigGetCommand(),
                        new ConfigSetCommand(),
                        new ConfigResetStatCommand(),
                        new ConfigRewriteCommand(),
                        new ConfigHelpCommand())),
                new DebugCommand(),
                new InfoCommand(),
                new LastsaveCommand(),
                new ShutdownCommand(),
                new TimeCommand());
    }
}
