package io.hexaredis.application.commands.hash;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * HGETALL key
 *
 * <p>Every field and its value, as a map in RESP3 and a flat array in RESP2; empty for a missing
 * key. The order is the hash's own: insertion order while it is a listpack.
 *
 * <p>Redis: hgetallCommand() in t_hash.c, through genericHgetallCommand().
 */
final class HgetallCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("hgetall", 2, CommandFlag.READONLY)
            .keys(1, 1, 1).group(CommandGroup.HASH).since("2.0.0")
            .syntax("key")
            .summary("Get all the fields and values in a hash")
            .complexity("O(N) where N is the size of the hash.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return GetallGeneric.reply(call, true, true);
    }
}
