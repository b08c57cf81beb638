package io.hexaredis.application.commands.zset;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.zset.RedisSortedSet;

/**
 * ZCARD key
 *
 * <p>The number of members, 0 for a missing key. Redis: zcardCommand() in t_zset.c.
 */
final class ZcardCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("zcard", 2, CommandFlag.READONLY, CommandFlag.FAST)
            .keys(1, 1, 1).group(CommandGroup.SORTED_SET).since("1.2.0")
            .syntax("key")
            .summary("Get the number of members in a sorted set")
            .complexity("O(1)");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        RedisSortedSet zset = Zsets.lookup(call, call.arg(1));
        return Reply.integer(zset == null ? 0 : zset.size());
    }
}
