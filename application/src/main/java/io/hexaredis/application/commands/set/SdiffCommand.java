package io.hexaredis.application.commands.set;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * SDIFF key [key ...]
 *
 * <p>The members of the first set that none of the others has, as a set; missing keys count as
 * empty sets.
 *
 * <p>Redis: sdiffCommand() in t_set.c, through sunionDiffGenericCommand().
 */
final class SdiffCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("sdiff", -2, CommandFlag.READONLY)
            .keys(1, -1, 1).group(CommandGroup.SET).since("1.0.0")
            .syntax("key [key ...]")
            .summary("Subtract multiple sets")
            .complexity("O(N) where N is the total number of elements in all given sets.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return SunionDiffGeneric.reply(call, 1, call.argc(), false);
    }
}
