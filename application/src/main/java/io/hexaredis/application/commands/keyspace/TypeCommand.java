package io.hexaredis.application.commands.keyspace;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.keyspace.KeyTable;
import io.hexaredis.domain.keyspace.ValueType;

/**
 * TYPE key
 *
 * <p>Redis: typeCommand() in db.c. A status reply: "string", "list", "set", "zset", "hash",
 * "stream", or "none" for a missing key. Does not count as an access.
 */
final class TypeCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("type", 2, CommandFlag.READONLY, CommandFlag.FAST)
            .keys(1, 1, 1).syntax("key").since("1.0.0")
            .summary("Determine the type stored at key");

    private static final Reply NONE = Reply.status("none");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        KeyTable.Entry e = call.db().peek(call.arg(1), call.now());
        return e == null ? NONE : Reply.status(ValueType.of(e.value()).word());
    }
}
