package io.hexaredis.application.commands.zset;

import io.hexaredis.application.commands.zset.ZpopGeneric.Mpop;
import io.hexaredis.application.commands.zset.ZpopGeneric.Rewrite;
import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * ZMPOP numkeys key [key ...] MIN | MAX [COUNT count]
 *
 * <p>Pops up to count members (default 1) from the first of the keys that holds a sorted set, and
 * replies the key and the member-score pairs, or a nil array when every key is missing. Which key
 * was popped depends on the data, so the effect is propagated as {@code ZPOPMIN key n} (or
 * ZPOPMAX) with n the number actually popped. Redis: zmpopCommand() in t_zset.c; see
 * {@link ZpopGeneric}.
 */
final class ZmpopCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("zmpop", -4, CommandFlag.WRITE, CommandFlag.MOVABLE_KEYS)
            .keys(0, 0, 0).group(CommandGroup.SORTED_SET).since("7.0.0")
            .syntax("numkeys key [key ...] MIN | MAX [COUNT count]")
            .summary("Remove and return members with scores in a sorted set")
            .complexity("O(K) + O(M*log(N)) where K is the number of provided keys, N being the number of elements in the sorted set, and M being the number of elements popped.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        Mpop args = ZpopGeneric.parseMpop(call, 1);
        return ZpopGeneric.pop(call, args.keys(), args.max(), args.count(), true, true, true, Rewrite.WITH_COUNT);
    }
}
