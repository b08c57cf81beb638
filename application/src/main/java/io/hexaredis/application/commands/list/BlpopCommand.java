package io.hexaredis.application.commands.list;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.list.ListEnd;

/**
 * BLPOP key [key ...] timeout
 *
 * <p>LPOP from the first non-empty list among the keys, or wait up to timeout seconds (a float;
 * 0 waits for ever) for a push to any of them; clients waiting on the same key are served in the
 * order they blocked. Inside MULTI it answers at once. Redis: blpopCommand() in t_list.c.
 */
final class BlpopCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("blpop", -3, CommandFlag.WRITE, CommandFlag.NOSCRIPT,
                    CommandFlag.BLOCKING)
            .keys(1, -2, 1).group(CommandGroup.LIST).since("2.0.0")
            .syntax("key [key ...] timeout")
            .summary("Remove and get the first element in a list, or block until one is available")
            .complexity("O(N) where N is the number of provided keys.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return BlockingPopGeneric.pop(call, ListEnd.HEAD);
    }
}
