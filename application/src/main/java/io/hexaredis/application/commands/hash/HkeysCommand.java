package io.hexaredis.application.commands.hash;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * HKEYS key
 *
 * <p>Every field of the hash; empty for a missing key.
 *
 * <p>Redis: hkeysCommand() in t_hash.c, through genericHgetallCommand().
 */
final class HkeysCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("hkeys", 2, CommandFlag.READONLY)
            .keys(1, 1, 1).group(CommandGroup.HASH).since("2.0.0")
            .syntax("key")
            .summary("Get all the fields in a hash")
            .complexity("O(N) where N is the size of the hash.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return GetallGeneric.reply(call, true, false);
    }
}
