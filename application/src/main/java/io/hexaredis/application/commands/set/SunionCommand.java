package io.hexaredis.application.commands.set;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * SUNION key [key ...]
 *
 * <p>Every member of any of the sets, as a set; missing keys count as empty sets.
 *
 * <p>Redis: sunionCommand() in t_set.c, through sunionDiffGenericCommand().
 */
final class SunionCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("sunion", -2, CommandFlag.READONLY)
            .keys(1, -1, 1).group(CommandGroup.SET).since("1.0.0")
            .syntax("key [key ...]")
            .summary("Add multiple sets")
            .complexity("O(N) where N is the total number of elements in all given sets.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return SunionDiffGeneric.reply(call, 1, call.argc(), true);
    }
}
