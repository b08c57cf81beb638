package io.hexaredis.application.commands.hash;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.hash.RedisHash;

/**
 * HSTRLEN key field
 *
 * <p>The length in bytes of the field's value; 0 if the field or the key is missing.
 *
 * <p>Redis: hstrlenCommand() in t_hash.c.
 */
final class HstrlenCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("hstrlen", 3, CommandFlag.READONLY, CommandFlag.FAST)
            .keys(1, 1, 1).group(CommandGroup.HASH).since("3.2.0")
            .syntax("key field")
            .summary("Get the length of the value of a hash field");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        RedisHash hash = call.db().get(call.arg(1), RedisHash.class, call.now());
        return Reply.integer(hash == null ? 0 : hash.valueLength(call.arg(2)));
    }
}
