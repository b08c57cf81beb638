package io.hexaredis.application.commands.zset;

import io.hexaredis.application.commands.zset.ZsetopGeneric.Op;
import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * ZDIFFSTORE destination numkeys key [key ...]
 *
 * <p>Stores the members of the first input that no other input has, with their scores, and
 * replies the size. No WEIGHTS or AGGREGATE. Redis: zdiffstoreCommand() in t_zset.c; see
 * {@link ZsetopGeneric}.
 */
final class ZdiffstoreCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("zdiffstore", -4, CommandFlag.WRITE, CommandFlag.DENYOOM, CommandFlag.MOVABLE_KEYS)
            .keys(1, 1, 1).group(CommandGroup.SORTED_SET).since("6.2.0")
            .syntax("destination numkeys key [key ...]")
            .summary("Subtract multiple sorted sets and store the resulting sorted set in a new key")
            .complexity("O(L + (N-K)log(N)) worst case where L is the total number of elements in all the sets, N is the size of the first set, and K is the size of the result set.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return ZsetopGeneric.run(call, 2, call.arg(1), Op.DIFF, false);
    }
}
