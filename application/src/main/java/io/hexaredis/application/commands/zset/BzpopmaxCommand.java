package io.hexaredis.application.commands.zset;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * BZPOPMAX key [key ...] timeout
 *
 * <p>ZPOPMAX of one member from the first of the keys that holds a sorted set, or wait up to
 * timeout seconds (a float; 0 waits for ever) for one to be added; clients waiting on the same
 * key are served in the order they blocked. The reply is flat, {@code [key, member, score]}, the
 * score a double in RESP3; a timeout is a nil array, and so is the answer inside MULTI. Popped at
 * once or served later, the effect is propagated as {@code ZPOPMAX key}. Redis:
 * bzpopmaxCommand() in t_zset.c; see {@link ZpopGeneric}.
 */
final class BzpopmaxCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("bzpopmax", -3, CommandFlag.WRITE, CommandFlag.NOSCRIPT,
                    CommandFlag.FAST, CommandFlag.BLOCKING)
            .keys(1, -2, 1).group(CommandGroup.SORTED_SET).since("5.0.0")
            .syntax("key [key ...] timeout")
            .summary("Remove and return the member with the highest score from one or more sorted sets, or block until one is available")
            .complexity("O(log(N)) with N being the number of elements in the sorted set.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return ZpopGeneric.bzpop(call, true);
    }
}
