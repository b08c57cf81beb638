package io.hexaredis.application.commands.list;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.list.RedisList;

/**
 * LLEN key
 *
 * <p>The number of elements; 0 for a missing key. Redis: llenCommand() in t_list.c.
 */
final class LlenCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("llen", 2, CommandFlag.READONLY, CommandFlag.FAST)
            .keys(1, 1, 1).group(CommandGroup.LIST).since("1.0.0")
            .syntax("key")
            .summary("Get the length of a list")
            .complexity("O(1)");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        RedisList list = call.db().get(call.arg(1), RedisList.class, call.now());
        return Reply.integer(list == null ? 0 : list.size());
    }
}
