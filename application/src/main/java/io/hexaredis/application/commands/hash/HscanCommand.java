package io.hexaredis.application.commands.hash;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.dict.CollectionScan;
import io.hexaredis.domain.hash.RedisHash;

/**
 * HSCAN key cursor [MATCH pattern] [COUNT count]
 *
 * <p>One step of an iteration over the fields and values: replies the next cursor (0 when the
 * iteration is complete) and a flat array of fields and values. A listpack hash comes back whole
 * in the first call; a hashtable a few buckets at a time, and a field present during the whole
 * iteration is returned at least once even if the hash grows or shrinks meanwhile. The cursor is
 * checked first, then the key (a missing key is an empty iteration, whatever the options), then
 * the options. MATCH filters after the fact, so a step may return nothing.
 *
 * <p>Redis: hscanCommand() in t_hash.c and scanGenericCommand() in db.c.
 */
final class HscanCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("hscan", -3, CommandFlag.READONLY)
            .keys(1, 1, 1).group(CommandGroup.HASH).since("2.8.0")
            .syntax("key cursor [MATCH pattern] [COUNT count]")
            .summary("Incrementally iterate hash fields and associated values")
            .complexity("O(1) for every call. O(N) for a complete iteration, including enough command calls for the cursor to return back to 0. N is the number of elements inside the collection..");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return CollectionScan.reply(call, RedisHash.class, (hash, cursor, options, out) ->
                hash.scan(cursor, options.count(), (field, value) -> {
                    if (options.matches(field)) {
                        out.add(Reply.bulk(field));
                        out.add(Reply.bulk(value));
                    }
                }));
    }
}
