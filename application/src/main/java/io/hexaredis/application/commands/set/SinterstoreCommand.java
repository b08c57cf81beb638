package io.hexaredis.application.commands.set;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * SINTERSTORE destination key [key ...]
 *
 * <p>Stores the intersection at the destination, replacing any value and its TTL, and replies its
 * size. An empty intersection deletes the destination instead (notified as "del").
 *
 * <p>Redis: sinterstoreCommand() in t_set.c, through sinterGenericCommand().
 */
final class SinterstoreCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("sinterstore", -3, CommandFlag.WRITE, CommandFlag.DENYOOM)
            .keys(1, -1, 1).group(CommandGroup.SET).since("1.0.0")
            .syntax("destination key [key ...]")
            .summary("Intersect multiple sets and store the resulting set in a key")
            .complexity("O(N*M) worst case where N is the cardinality of the smallest set and M is the number of sets.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return SinterGeneric.store(call, call.arg(1), 2, call.argc());
    }
}
