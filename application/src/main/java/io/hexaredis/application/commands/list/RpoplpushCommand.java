package io.hexaredis.application.commands.list;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.list.ListEnd;

/**
 * RPOPLPUSH source destination
 *
 * <p>LMOVE source destination RIGHT LEFT, its older name (deprecated since 6.2). Redis:
 * rpoplpushCommand() in t_list.c.
 */
final class RpoplpushCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("rpoplpush", 3, CommandFlag.WRITE, CommandFlag.DENYOOM)
            .keys(1, 2, 1).group(CommandGroup.LIST).since("1.2.0")
            .syntax("source destination")
            .summary("Remove the last element in a list, prepend it to another list and return it")
            .complexity("O(1)");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return LmoveCommand.move(call, ListEnd.TAIL, ListEnd.HEAD);
    }
}
