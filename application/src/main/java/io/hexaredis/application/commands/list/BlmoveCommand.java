package io.hexaredis.application.commands.list;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.list.ListEnd;

/**
 * BLMOVE source destination &lt;LEFT | RIGHT&gt; &lt;LEFT | RIGHT&gt; timeout
 *
 * <p>LMOVE, waiting up to timeout seconds (0 for ever) while source is empty. Redis:
 * blmoveCommand() in t_list.c.
 */
final class BlmoveCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("blmove", 6, CommandFlag.WRITE, CommandFlag.DENYOOM,
                    CommandFlag.NOSCRIPT, CommandFlag.BLOCKING)
            .keys(1, 2, 1).group(CommandGroup.LIST).since("6.2.0")
            .syntax("source destination <LEFT | RIGHT> <LEFT | RIGHT> timeout")
            .summary("Pop an element from a list, push it to another list and return it; or block until one is available")
            .complexity("O(1)");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        ListEnd from = ListType.position(call.arg(3));
        ListEnd to = ListType.position(call.arg(4));
        return BlmoveGeneric.blmove(call, from, to, 5, false);
    }
}
