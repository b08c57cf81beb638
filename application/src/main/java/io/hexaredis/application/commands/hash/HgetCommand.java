package io.hexaredis.application.commands.hash;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.hash.RedisHash;

/**
 * HGET key field
 *
 * <p>The value of the field; nil if the field or the key is missing.
 *
 * <p>Redis: hgetCommand() in t_hash.c.
 */
final class HgetCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("hget", 3, CommandFlag.READONLY, CommandFlag.FAST)
            .keys(1, 1, 1).group(CommandGroup.HASH).since("2.0.0")
            .syntax("key field")
            .summary("Get the value of a hash field");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        RedisHash hash = call.db().get(call.arg(1), RedisHash.class, call.now());
        return hash == null ? Reply.NIL : Reply.bulk(hash.get(call.arg(2)));
    }
}
