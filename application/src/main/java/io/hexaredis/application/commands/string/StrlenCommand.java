package io.hexaredis.application.commands.string;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * STRLEN key
 *
 * <p>The length in bytes; 0 for a missing key, WRONGTYPE for another type. Redis: strlenCommand()
 * in t_string.c.
 */
final class StrlenCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("strlen", 2, CommandFlag.READONLY, CommandFlag.FAST)
            .keys(1, 1, 1).group(CommandGroup.STRING).syntax("key")
            .summary("Get the length of the value stored in a key").complexity("O(1)").since("2.2.0");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        byte[] value = call.db().getString(call.arg(1), call.now());
        return Reply.integer(value == null ? 0 : value.length);
    }
}
