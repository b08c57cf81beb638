package io.hexaredis.application.commands.server;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import java.util.ArrayList;
import java.util.List;

/**
 * COMMAND
 *
 * <p>Redis: commandCommand() in server.c. Without a subcommand, answers COMMAND INFO for every
 * command of the table (see {@link CommandInfo} for the format). The COMMAND container and its
 * subcommands are put together in {@link ServerCommands}.
 */
final class CommandCommand implements Command<Call> {

    static final CommandSpec SPEC = CommandSpec.of("command", -1, CommandFlag.LOADING, CommandFlag.STALE)
            .group(CommandGroup.SERVER).summary("Get array of Redis command details")
            .complexity("O(N) where N is the total number of Redis commands").since("2.8.13");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        List<Reply> out = new ArrayList<>();
        for (Command<Call> c : call.commandTable().all()) {
            out.add(CommandInfo.info(c));
        }
        return Reply.array(out);
    }
}
