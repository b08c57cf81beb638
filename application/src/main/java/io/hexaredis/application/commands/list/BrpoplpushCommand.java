package io.hexaredis.application.commands.list;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.list.ListEnd;

/**
 * BRPOPLPUSH source destination timeout
 *
 * <p>BLMOVE source destination RIGHT LEFT timeout, its older name (deprecated since 6.2).
 * Redis: brpoplpushCommand() in t_list.c.
 */
final class BrpoplpushCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("brpoplpush", 4, CommandFlag.WRITE, CommandFlag.DENYOOM,
                    CommandFlag.NOSCRIPT, CommandFlag.BLOCKING)
            .keys(1, 2, 1).group(CommandGroup.LIST).since("2.2.0")
            .syntax("source destination timeout")
            .summary("Pop an element from a list, push it to another list and return it; or block until one is available")
            .complexity("O(1)");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return BlmoveGeneric.blmove(call, ListEnd.TAIL, ListEnd.HEAD, 3, true);
    }
}
