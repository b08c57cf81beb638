package io.hexaredis.application.commands.set;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * SUNIONSTORE destination key [key ...]
 *
 * <p>Stores the union at the destination, replacing any value and its TTL, and replies its size;
 * an empty union deletes the destination.
 *
 * <p>Redis: sunionstoreCommand() in t_set.c, through sunionDiffGenericCommand().
 */
final class SunionstoreCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("sunionstore", -3, CommandFlag.WRITE, CommandFlag.DENYOOM)
            .keys(1, -1, 1).group(CommandGroup.SET).since("1.0.0")
            .syntax("destination key [key ...]")
            .summary("Add multiple sets and store the resulting set in a key")
            .complexity("O(N) where N is the total number of elements in all given sets.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return SunionDiffGeneric.store(call, call.arg(1), 2, call.argc(), true);
    }
}
