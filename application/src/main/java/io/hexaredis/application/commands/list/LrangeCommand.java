package io.hexaredis.application.commands.list;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.list.RedisList;

/**
 * LRANGE key start stop
 *
 * <p>The elements from start to stop, both included; negative indexes count from the tail (-1 is
 * the last), indexes past either end are clamped, and a range that selects nothing is an empty
 * array. The indexes are parsed before the key is looked up. Redis: lrangeCommand() and
 * addListRangeReply() in t_list.c.
 */
final class LrangeCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("lrange", 4, CommandFlag.READONLY)
            .keys(1, 1, 1).group(CommandGroup.LIST).since("1.0.0")
            .syntax("key start stop")
            .summary("Get a range of elements from a list")
            .complexity("O(S+N) where S is the distance of start offset from HEAD for small lists, from nearest end (HEAD or TAIL) for large lists; and N is the number of elements in the specified range.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        long start = call.longArg(2);
        long stop = call.longArg(3);
        RedisList list = call.db().get(call.arg(1), RedisList.class, call.now());
        if (list == null) {
            return Reply.EMPTY_ARRAY;
        }
        return Reply.bulks(list.range(start, stop));
    }
}
