package io.hexaredis.application.commands.zset;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * ZADD key [NX | XX] [GT | LT] [CH] [INCR] score member [score member ...]
 *
 * <p>Replies the number of members added (with CH: added or given a new score); with INCR, the
 * member's new score, or nil when NX, XX, GT or LT prevented the change. A new key starts in the
 * listpack encoding unless its first member is longer than zset-max-listpack-value. Propagated as
 * sent. Redis: zaddCommand() in t_zset.c; see {@link ZaddGeneric}.
 */
final class ZaddCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("zadd", -4, CommandFlag.WRITE, CommandFlag.DENYOOM,
                    CommandFlag.FAST)
            .keys(1, 1, 1).group(CommandGroup.SORTED_SET).since("1.2.0")
            .syntax("key [NX | XX] [GT | LT] [CH] [INCR] score member [score member ...]")
            .summary("Add one or more members to a sorted set, or update its score if it already exists")
            .complexity("O(log(N)) for each item added, where N is the number of elements in the sorted set.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return ZaddGeneric.zadd(call, false);
    }
}
