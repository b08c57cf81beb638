package io.hexaredis.application.commands.list;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * LMPOP numkeys key [key ...] &lt;LEFT | RIGHT&gt; [COUNT count]
 *
 * <p>Pops up to count elements (1 by default) from the first of the keys that holds a list.
 * Redis: lmpopCommand() in t_list.c.
 */
final class LmpopCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("lmpop", -4, CommandFlag.WRITE, CommandFlag.MOVABLE_KEYS)
            .group(CommandGroup.LIST).since("7.0.0")
            .syntax("numkeys key [key ...] <LEFT | RIGHT> [COUNT count]")
            .summary("Pop elements from a list")
            .complexity("O(N+M) where N is the number of provided keys and M is the number of elements returned.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return MpopGeneric.mpop(call, 1, false);
    }
}
