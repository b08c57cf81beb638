package io.hexaredis.application.commands.set;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * SINTER key [key ...]
 * <br>SMEMBERS key
 *
 * <p>The members every given set has, as a set (a RESP3 set, an array in RESP2); empty if any key
 * is missing. SMEMBERS is the intersection of one set: all its members. An intset replies its
 * members in ascending order, a hashtable in table order.
 *
 * <p>Redis 7.0: sinterCommand() in t_set.c serves both names, through sinterGenericCommand().
 */
final class SinterCommand implements Command<Call> {

    private static final CommandSpec SINTER = CommandSpec.of("sinter", -2, CommandFlag.READONLY)
            .keys(1, -1, 1).group(CommandGroup.SET).since("1.0.0")
            .syntax("key [key ...]")
            .summary("Intersect multiple sets")
            .complexity("O(N*M) worst case where N is the cardinality of the smallest set and M is the number of sets.");

    private static final CommandSpec SMEMBERS = CommandSpec.of("smembers", 2, CommandFlag.READONLY)
            .keys(1, 1, 1).group(CommandGroup.SET).since("1.0.0")
            .syntax("key")
            .summary("Get all the members in a set")
            .complexity("O(N) where N is the set cardinality.");

    private final CommandSpec spec;

    private SinterCommand(CommandSpec spec) {
        this.spec = spec;
    }

    static SinterCommand sinter() {
        return new SinterCommand(SINTER);
    }

    static SinterCommand smembers() {
        return new SinterCommand(SMEMBERS);
    }

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public Reply execute(Call call) {
        return SinterGeneric.reply(call, 1, call.argc());
    }
}
