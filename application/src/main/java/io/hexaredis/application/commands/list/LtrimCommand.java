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
 * LTRIM key start stop
 *
 * <p>Keeps only the elements from start to stop (LRANGE's indexes); a range that selects nothing
 * empties the list, which deletes the key. Always OK, also for a missing key. Redis: ltrimCommand()
 * in t_list.c.
 */
final class LtrimCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("ltrim", 4, CommandFlag.WRITE)
            .keys(1, 1, 1).group(CommandGroup.LIST).since("1.0.0")
            .syntax("key start stop")
            .summary("Trim a list to the specified range")
            .complexity("O(N) where N is the number of elements to be removed by the operation.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        long start = call.longArg(2);
        long stop = call.longArg(3);
        byte[] key = call.arg(1);
        RedisList list = call.db().get(key, RedisList.class, call.now());
        if (list == null) {
            return Reply.OK;
        }
        long before = list.size();
        list.trim(start, stop);
        call.notifyKeyspaceEvent(NotifyType.LIST, "ltrim", key);
        if (list.size() == 0) {
            call.notifyKeyspaceEvent(NotifyType.GENERIC, "del", key);
        }
        call.db().modified(key, before - list.size());
        return Reply.OK;
    }
}
