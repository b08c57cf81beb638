package io.hexaredis.application.commands.list;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.NotifyType;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;
import io.hexaredis.domain.list.RedisList;

/**
 * LSET key index element
 *
 * <p>Replaces the element at index. Unlike most writes it does not create the key: a missing key
 * is "ERR no such key", an index outside the list "ERR index out of range". Redis: lsetCommand()
 * in t_list.c.
 */
final class LsetCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("lset", 4, CommandFlag.WRITE, CommandFlag.DENYOOM)
            .keys(1, 1, 1).group(CommandGroup.LIST).since("1.0.0")
            .syntax("key index element")
            .summary("Set the value of an element in a list by its index")
            .complexity("O(N) where N is the length of the list. Setting either the first or the last element of the list is O(1).");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        byte[] key = call.arg(1);
        RedisList list = call.db().get(key, RedisList.class, call.now());
        if (list == null) {
            throw RedisError.NO_SUCH_KEY;
        }
        long index = call.longArg(2);
        if (!list.set(index, call.arg(3))) {
            throw RedisError.INDEX_OUT_OF_RANGE;
        }
        call.db().modified(key, 1);
        call.notifyKeyspaceEvent(NotifyType.LIST, "lset", key);
        return Reply.OK;
    }
}
