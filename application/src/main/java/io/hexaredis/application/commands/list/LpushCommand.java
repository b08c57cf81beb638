package io.hexaredis.application.commands.list;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.list.ListEnd;

/**
 * LPUSH key element [element ...]
 *
 * <p>Each element goes to the head in turn, so {@code LPUSH l a b c} leaves {@code c b a}.
 * Redis: lpushCommand() in t_list.c.
 */
final class LpushCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("lpush", -3, CommandFlag.WRITE, CommandFlag.DENYOOM,
                    CommandFlag.FAST)
            .keys(1, 1, 1).group(CommandGroup.LIST).since("1.0.0")
            .syntax("key element [element ...]")
            .summary("Prepend one or multiple elements to a list")
            .complexity("O(1) for each element added, so O(N) to add N elements when the command is called with multiple arguments.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return PushGeneric.push(call, ListEnd.HEAD, false);
    }
}
