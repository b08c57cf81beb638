package io.hexaredis.application.commands.set;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.set.RedisSet;

/**
 * SCARD key
 *
 * <p>The number of members (the set's cardinality); 0 for a missing key.
 *
 * <p>Redis: scardCommand() in t_set.c.
 */
final class ScardCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("scard", 2, CommandFlag.READONLY, CommandFlag.FAST)
            .keys(1, 1, 1).group(CommandGroup.SET).since("1.0.0")
            .syntax("key")
            .summary("Get the number of members in a set");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        RedisSet set = call.db().get(call.arg(1), RedisSet.class, call.now());
        return Reply.integer(set == null ? 0 : set.size());
    }
}
