package io.hexaredis.application.commands.set;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.dict.CollectionScan;
import io.hexaredis.domain.set.RedisSet;

/**
 * SSCAN key cursor [MATCH pattern] [COUNT count]
 *
 * <p>One step of an iteration over the members: replies the next cursor (0 when complete) and an
 * array of members. An intset comes back whole in the first call; a hashtable a few buckets at a
 * time, and a member present during the whole iteration is returned at least once even if the
 * set grows or shrinks meanwhile. The cursor is checked first, then the key (a missing key is an
 * empty iteration, whatever the options), then the options.
 *
 * <p>Redis: sscanCommand() in t_set.c and scanGenericCommand() in db.c.
 */
final class SscanCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("sscan", -3, CommandFlag.READONLY)
            .keys(1, 1, 1).group(CommandGroup.SET).since("2.8.0")
            .syntax("key cursor [MATCH pattern] [COUNT count]")
            .summary("Incrementally iterate Set elements")
            .complexity("O(1) for every call. O(N) for a complete iteration, including enough command calls for the cursor to return back to 0. N is the number of elements inside the collection..");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return CollectionScan.reply(call, RedisSet.class, (set, cursor, options, out) ->
                set.scan(cursor, options.count(), member -> {
                    if (options.matches(member)) {
                        out.add(Reply.bulk(member));
                    }
                }));
    }
}
