package io.hexaredis.application.commands.list;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.NotifyType;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.list.RedisList;

/**
 * LREM key count element
 *
 * <p>Removes elements equal to element: the first count from the head when count &gt; 0, the last
 * -count from the tail when count &lt; 0, every one when count is 0. Replies with how many went.
 * Redis: lremCommand() in t_list.c.
 */
final class LremCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("lrem", 4, CommandFlag.WRITE)
            .keys(1, 1, 1).group(CommandGroup.LIST).since("1.0.0")
            .syntax("key count element")
            .summary("Remove elements from a list")
            .complexity("O(N+M) where N is the length of the list and M is the number of elements removed.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        long count = call.longArg(2);
        byte[] key = call.arg(1);
        RedisList list = call.db().get(key, RedisList.class, call.now());
        if (list == null) {
            return Reply.ZERO;
        }
        long removed = list.remove(call.arg(3), count);
        if (removed > 0) {
            call.notifyKeyspaceEvent(NotifyType.LIST, "lrem", key);
            if (list.size() == 0) {
                call.notifyKeyspaceEvent(NotifyType.GENERIC, "del", key);
            }
            call.db().modified(key, removed);
        }
        return Reply.integer(removed);
    }
}
