package io.hexaredis.application.commands.zset;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * BZMPOP timeout numkeys key [key ...] MIN | MAX [COUNT count]
 *
 * <p>ZMPOP that waits, up to timeout seconds (0 for ever), when no key holds a sorted set; the
 * client is served from the first key that becomes ready. The arguments are checked as ZMPOP
 * checks them, the timeout last. Inside MULTI it answers a nil array at once. The effect is
 * propagated as {@code ZPOPMIN key n} (or ZPOPMAX), n the number of members popped. Redis:
 * bzmpopCommand() in t_zset.c; see {@link ZpopGeneric}.
 */
final class BzmpopCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("bzmpop", -5, CommandFlag.WRITE, CommandFlag.BLOCKING,
                    CommandFlag.MOVABLE_KEYS)
            .keys(0, 0, 0).group(CommandGroup.SORTED_SET).since("7.0.0")
            .syntax("timeout numkeys key [key ...] MIN | MAX [COUNT count]")
            .summary("Remove and return members with scores in a sorted set or block until one is available")
            .complexity("O(K) + O(M*log(N)) where K is the number of provided keys, N being the number of elements in the sorted set, and M being the number of elements popped.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return ZpopGeneric.bzmpop(call);
    }
}
