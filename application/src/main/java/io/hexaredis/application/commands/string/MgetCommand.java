package io.hexaredis.application.commands.string;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import java.util.ArrayList;
import java.util.List;

/**
 * MGET key [key ...]
 *
 * <p>One reply per key: the string, or nil for a missing key and, unlike GET, also for a key of
 * another type (MGET never answers WRONGTYPE). Redis: mgetCommand() in t_string.c.
 */
final class MgetCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("mget", -2, CommandFlag.READONLY, CommandFlag.FAST)
            .keys(1, -1, 1).group(CommandGroup.STRING).syntax("key [key ...]")
            .summary("Get the values of all the given keys")
            .complexity("O(N) where N is the number of keys to retrieve.").since("1.0.0");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        List<byte[]> values = new ArrayList<>(call.argc() - 1);
        for (int j = 1; j < call.argc(); j++) {
            values.add(call.db().get(call.arg(j), call.now()) instanceof byte[] s ? s : null);
        }
        return Reply.bulks(values);
    }
}
