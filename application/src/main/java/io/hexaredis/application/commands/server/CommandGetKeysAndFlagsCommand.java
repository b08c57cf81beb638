package io.hexaredis.application.commands.server;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * COMMAND GETKEYSANDFLAGS command [arg [arg ...]]
 *
 * <p>Redis: commandGetKeysAndFlagsCommand() in server.c. Like COMMAND GETKEYS, with each key's
 * access flags (RO and access for a read-only command, RW and update for a write command).
 */
final class CommandGetKeysAndFlagsCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("command|getkeysandflags", -4,
                    CommandFlag.LOADING, CommandFlag.STALE)
            .group(CommandGroup.SERVER).syntax("command [arg [arg ...]]")
            .summary("Extract keys and access flags given a full Redis command")
            .complexity("O(N) where N is the number of arguments to the command").since("7.0.0");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return GetKeys.reply(call, true);
    }
}
