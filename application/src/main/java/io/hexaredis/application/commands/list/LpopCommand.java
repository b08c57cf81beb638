package io.hexaredis.application.commands.list;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.list.ListEnd;

/**
 * LPOP key [count]
 *
 * <p>Removes and returns the first element, or the first {@code count} elements as an array. An
 * emptied list is deleted. Redis: lpopCommand() in t_list.c.
 */
final class LpopCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("lpop", -2, CommandFlag.WRITE, CommandFlag.FAST)
            .keys(1, 1, 1).group(CommandGroup.LIST).since("1.0.0")
            .syntax("key [count]")
            .summary("Remove and get the first elements in a list")
            .complexity("O(N) where N is the number of elements returned");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return PopGeneric.pop(call, ListEnd.HEAD);
    }
}
