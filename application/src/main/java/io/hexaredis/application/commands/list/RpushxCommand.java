package io.hexaredis.application.commands.list;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.list.ListEnd;

/**
 * RPUSHX key element [element ...]
 *
 * <p>RPUSH, only if the key already holds a list; a missing key stays missing and the reply is 0.
 * Redis: rpushxCommand() in t_list.c.
 */
final class RpushxCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("rpushx", -3, CommandFlag.WRITE, CommandFlag.DENYOOM,
                    CommandFlag.FAST)
            .keys(1, 1, 1).group(CommandGroup.LIST).since("2.2.0")
            .syntax("key element [element ...]")
            .summary("Append an element to a list, only if the list exists")
            .complexity("O(1) for each element added, so O(N) to add N elements when the command is called with multiple arguments.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return PushGeneric.push(call, ListEnd.TAIL, true);
    }
}
