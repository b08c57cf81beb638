package io.hexaredis.application.commands.server;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * COMMAND INFO [command-name [command-name ...]]
 *
 * <p>Redis: commandInfoCommand() in server.c. The details of each named command (a subcommand as
 * "config|get"), nil for an unknown name; since 7.0, of every command when no name is given.
 */
final class CommandInfoCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("command|info", -2, CommandFlag.LOADING, CommandFlag.STALE)
            .group(CommandGroup.SERVER).syntax("[command-name [command-name ...]]")
            .summary("Get array of specific Redis command details, or all when no argument is given.")
            .complexity("O(N) where N is the number of commands to look up").since("2.8.13");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        List<Reply> out = new ArrayList<>();
        if (call.argc() == 2) {
            for (Command<Call> c : call.commandTable().all()) {
                out.add(CommandInfo.info(c));
            }
            return Reply.array(out);
        }
        for (int i = 2; i < call.argc(); i++) {
            Command<Call> c = CommandInfo.lookup(call.commandTable(), new String(call.arg(i), StandardCharsets.UTF_8));
            out.add(c == null ? Reply.NIL : CommandInfo.info(c));
        }
        return Reply.array(out);
    }
}
