package io.hexaredis.application.commands.hash;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.hash.RedisHash;

/**
 * HEXISTS key field
 *
 * <p>1 if the hash has the field, 0 if not or if the key is missing (an integer in RESP3 too).
 *
 * <p>Redis: hexistsCommand() in t_hash.c.
 */
final class HexistsCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("hexists", 3, CommandFlag.READONLY, CommandFlag.FAST)
            .keys(1, 1, 1).group(CommandGroup.HASH).since("2.0.0")
            .syntax("key field")
            .summary("Determine if a hash field exists");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        RedisHash hash = call.db().get(call.arg(1), RedisHash.class, call.now());
        return hash != null && hash.contains(call.arg(2)) ? Reply.ONE : Reply.ZERO;
    }
}
