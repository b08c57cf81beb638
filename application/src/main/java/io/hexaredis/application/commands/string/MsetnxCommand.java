package io.hexaredis.application.commands.string;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * MSETNX key value [key value ...]
 *
 * <p>Sets every pair, but only if none of the keys exists: 1 when all were set, 0 (and nothing
 * set) otherwise. Redis: msetnxCommand() in t_string.c; the body is {@link MsetGeneric}.
 */
final class MsetnxCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("msetnx", -3, CommandFlag.WRITE, CommandFlag.DENYOOM)
            .keys(1, -1, 2).group(CommandGroup.STRING).syntax("key value [key value ...]")
            .summary("Set multiple keys to multiple values, only if none of the keys exist")
            .complexity("O(N) where N is the number of keys to set.").since("1.0.1");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return MsetGeneric.mset(call, SPEC.name(), true);
    }
}
