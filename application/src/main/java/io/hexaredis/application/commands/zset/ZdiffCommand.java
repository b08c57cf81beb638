package io.hexaredis.application.commands.zset;

import io.hexaredis.application.commands.zset.ZsetopGeneric.Op;
import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * ZDIFF numkeys key [key ...] [WITHSCORES]
 *
 * <p>ZDIFFSTORE's result as a reply. Redis: zdiffCommand() in t_zset.c; see
 * {@link ZsetopGeneric}.
 */
final class ZdiffCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("zdiff", -3, CommandFlag.READONLY, CommandFlag.MOVABLE_KEYS)
            .keys(0, 0, 0).group(CommandGroup.SORTED_SET).since("6.2.0")
            .syntax("numkeys key [key ...] [WITHSCORES]")
            .summary("Subtract multiple sorted sets")
            .complexity("O(L + (N-K)log(N)) worst case where L is the total number of elements in all the sets, N is the size of the first set, and K is the size of the result set.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return ZsetopGeneric.run(call, 1, null, Op.DIFF, false);
    }
}
