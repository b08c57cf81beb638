package io.hexaredis.application.commands.zset;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * ZRANK key member
 *
 * <p>The 0-based rank from the lowest score, nil when the key or member is missing. Redis 7.0 has
 * no WITHSCORE option (it came in 7.2). Redis: zrankCommand() in t_zset.c.
 */
final class ZrankCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("zrank", 3, CommandFlag.READONLY, CommandFlag.FAST)
            .keys(1, 1, 1).group(CommandGroup.SORTED_SET).since("2.0.0")
            .syntax("key member")
            .summary("Determine the index of a member in a sorted set")
            .complexity("O(log(N))");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return ZrankGeneric.zrank(call, false);
    }
}
