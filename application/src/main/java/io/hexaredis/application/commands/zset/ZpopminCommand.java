package io.hexaredis.application.commands.zset;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * ZPOPMIN key [count]
 *
 * <p>Removes and returns the members with the lowest scores, lowest first: without a count one
 * member and its score; with a count up to that many (nested pairs in RESP3). The count must be a
 * positive integer or 0 ("value is out of range, must be positive", checked before the key). A
 * missing key answers an empty array. Propagated as sent. Redis: zpopminCommand() in t_zset.c;
 * see {@link ZpopGeneric}.
 */
final class ZpopminCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("zpopmin", -2, CommandFlag.WRITE, CommandFlag.FAST)
            .keys(1, 1, 1).group(CommandGroup.SORTED_SET).since("5.0.0")
            .syntax("key [count]")
            .summary("Remove and return members with the lowest scores in a sorted set")
            .complexity("O(log(N)*M) with N being the number of elements in the sorted set, and M being the number of elements popped.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return ZpopGeneric.zpop(call, false);
    }
}
