package io.hexaredis.application.commands.connection;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.application.dispatch.ContainerCommand;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import java.util.List;

/** The connection group, in the order of Redis's command table. */
public final class ConnectionCommands {

    private ConnectionCommands() {}

    public static List<Command<Call>> all() {
        return List.of(
                new AuthCommand(),
                client(),
                new EchoCommand(),
                new HelloCommand(),
                new PingCommand(),
                new QuitCommand(),
                new ResetCommand(),
                new SelectCommand());
    }

    /** CLIENT and its subcommands (Redis: clientCommand() in networking.c). */
    static ContainerCommand client() {
        return new ContainerCommand(CommandSpec.of("client", -2).group(CommandGroup.CONNECTION).since("2.4.0")
                .complexity("Depends on subcommand.").summary("A container for client connection commands"),
                List.of(
                        new ClientCachingCommand(),
                        new ClientGetnameCommand(),
                        new ClientGetredirCommand(),
                        new ClientHelpCommand(),
                        new ClientIdCommand(),
                        new ClientInfoCommand(),
                        new ClientKillCommand(),
                        new ClientListCommand(),
                        new ClientNoEvictCommand(),
                        new ClientReplyCommand(),
                        new ClientSetnameCommand(),
                        new ClientTrackinginfoCommand(),
                        ClientUnblockCommand.create()));
    }
}
