package io.hexaredis.application.commands.zset;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * ZREVRANK key member
 *
 * <p>The 0-based rank from the highest score, nil when the key or member is missing. Redis:
 * zrevrankCommand() in t_zset.c.
 */
final class ZrevrankCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("zrevrank", 3, CommandFlag.READONLY, CommandFlag.FAST)
            .keys(1, 1, 1).group(CommandGroup.SORTED_SET).since("2.0.0")
            .syntax("key member")
            .summary("Determine the index of a member in a sorted set, with scores ordered from high to low")
            .complexity("O(log(N))");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return ZrankGeneric.zrank(call, true);
    }
}
