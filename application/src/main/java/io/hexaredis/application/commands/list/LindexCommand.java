package io.hexaredis.application.commands.list;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.list.RedisList;

/**
 * LINDEX key index
 *
 * <p>The element at index (negative from the tail), or nil when out of range. A missing key is
 * nil before the index is even parsed. Redis: lindexCommand() in t_list.c.
 */
final class LindexCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("lindex", 3, CommandFlag.READONLY)
            .keys(1, 1, 1).group(CommandGroup.LIST).since("1.0.0")
            .syntax("key index")
            .summary("Get an element from a list by its index")
            .complexity("O(N) where N is the number of elements to traverse to get to the element at index. This makes asking for the first or the last element of the list O(1).");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        RedisList list = call.db().get(call.arg(1), RedisList.class, call.now());
        if (list == null) {
            return Reply.NIL;
        }
        return Reply.bulk(list.get(call.longArg(2)));
    }
}
