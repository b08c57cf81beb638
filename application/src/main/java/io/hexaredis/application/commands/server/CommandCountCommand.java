package io.hexaredis.application.commands.server;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/** COMMAND COUNT. Redis: commandCountCommand() in server.c: the number of top-level commands. */
final class CommandCountCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("command|count", 2, CommandFlag.LOADING, CommandFlag.STALE)
            .group(CommandGroup.SERVER).summary("Get total number of Redis commands").since("2.8.13");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return Reply.integer(call.commandTable().size());
    }
}
