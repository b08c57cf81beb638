package io.hexaredis.application.commands.list;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * BLMPOP timeout numkeys key [key ...] &lt;LEFT | RIGHT&gt; [COUNT count]
 *
 * <p>LMPOP that waits, up to timeout seconds (0 for ever), when every list is empty; the client is
 * served from the first key that becomes ready. Inside MULTI it answers at once. Redis:
 * blmpopCommand() in t_list.c.
 */
final class BlmpopCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("blmpop", -5, CommandFlag.WRITE, CommandFlag.BLOCKING,
                    CommandFlag.MOVABLE_KEYS)
            .group(CommandGroup.LIST).since("7.0.0")
            .syntax("timeout numkeys key [key ...] <LEFT | RIGHT> [COUNT count]")
            .summary("Pop elements from a list, or block until one is available")
            .complexity("O(N+M) where N is the number of provided keys and M is the number of elements returned.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return MpopGeneric.mpop(call, 2, true);
    }
}
