package io.hexaredis.application.commands.server;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * COMMAND GETKEYS command [arg [arg ...]]
 *
 * <p>Redis: commandGetKeysCommand() in server.c. The keys of a full command line, as the command
 * itself would find them; see {@link GetKeys}.
 */
final class CommandGetKeysCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("command|getkeys", -4, CommandFlag.LOADING, CommandFlag.STALE)
            .group(CommandGroup.SERVER).syntax("command [arg [arg ...]]")
            .summary("Extract keys given a full Redis command")
            .complexity("O(N) where N is the number of arguments to the command").since("2.8.13");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return GetKeys.reply(call, false);
    }
}
