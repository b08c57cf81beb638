package io.hexaredis.application.commands.list;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.bytes.ByteStrings;
import io.hexaredis.domain.command.NotifyType;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;
import io.hexaredis.domain.list.RedisList;

/**
 * LINSERT key &lt;BEFORE | AFTER&gt; pivot element
 *
 * <p>Inserts element next to the first occurrence of pivot, searching from the head. Replies with
 * the new length, -1 when pivot is not in the list, 0 when the key is missing. Redis:
 * linsertCommand() in t_list.c.
 */
final class LinsertCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("linsert", 5, CommandFlag.WRITE, CommandFlag.DENYOOM)
            .keys(1, 1, 1).group(CommandGroup.LIST).since("2.2.0")
            .syntax("key <BEFORE | AFTER> pivot element")
            .summary("Insert an element before or after another element in a list")
            .complexity("O(N) where N is the number of elements to traverse before seeing the value pivot. This means that inserting somewhere on the left end on the list (head) can be considered O(1) and inserting somewhere on the right end (tail) is O(N).");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        boolean after;
        if (ByteStrings.equalsIgnoreCase(call.arg(2), "after")) {
            after = true;
        } else if (ByteStrings.equalsIgnoreCase(call.arg(2), "before")) {
            after = false;
        } else {
            throw RedisError.SYNTAX;
        }
        byte[] key = call.arg(1);
        RedisList list = call.db().get(key, RedisList.class, call.now());
        if (list == null) {
            return Reply.ZERO;
        }
        if (!list.insert(call.arg(3), call.arg(4), after)) {
            return Reply.integer(-1);
        }
        call.db().modified(key, 1);
        call.notifyKeyspaceEvent(NotifyType.LIST, "linsert", key);
        return Reply.integer(list.size());
    }
}
