package io.hexaredis.application.commands.string;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * SUBSTR key start end
 *
 * <p>The old name of GETRANGE, kept for compatibility (deprecated since 2.0); same behaviour.
 * Redis: the substr entry of the command table runs getrangeCommand().
 */
final class SubstrCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("substr", 4, CommandFlag.READONLY)
            .keys(1, 1, 1).group(CommandGroup.STRING).syntax("key start end")
            .summary("Get a substring of the string stored at a key")
            .complexity(GetrangeCommand.COMPLEXITY).since("1.0.0");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return GetrangeCommand.range(call);
    }
}
