package io.hexaredis.application.commands.hash;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.hash.RedisHash;

/**
 * HLEN key
 *
 * <p>The number of fields; 0 for a missing key.
 *
 * <p>Redis: hlenCommand() in t_hash.c.
 */
final class HlenCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("hlen", 2, CommandFlag.READONLY, CommandFlag.FAST)
            .keys(1, 1, 1).group(CommandGroup.HASH).since("2.0.0")
            .syntax("key")
            .summary("Get the number of fields in a hash");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        RedisHash hash = call.db().get(call.arg(1), RedisHash.class, call.now());
        return Reply.integer(hash == null ? 0 : hash.size());
    }
}
