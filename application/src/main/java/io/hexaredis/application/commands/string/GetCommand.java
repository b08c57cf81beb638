package io.hexaredis.application.commands.string;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * GET key
 *
 * <p>Nil for a missing key, WRONGTYPE for a value of another type. Redis: getCommand() and
 * getGenericCommand() in t_string.c.
 */
final class GetCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("get", 2, CommandFlag.READONLY, CommandFlag.FAST)
            .keys(1, 1, 1).group(CommandGroup.STRING).syntax("key")
            .summary("Get the value of a key").complexity("O(1)").since("1.0.0");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return Reply.bulk(call.db().getString(call.arg(1), call.now()));
    }
}
