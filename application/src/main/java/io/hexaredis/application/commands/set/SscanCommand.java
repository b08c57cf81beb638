package io.hexaredis.application.commands.set;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.dict.ScanCursor;
import io.hexaredis.domain.dict.ScanOptions;
import io.hexaredis.domain.set.RedisSet;
import java.util.ArrayList;
import java.util.List;

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

    private static final Reply EMPTY_SCAN = Reply.array(Reply.bulk("0"), Reply.EMPTY_ARRAY);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        long cursor = ScanCursor.parse(call.arg(2));
        RedisSet set = call.db().get(call.arg(1), RedisSet.class, call.now());
        if (set == null) {
            return EMPTY_SCAN;
        }
        ScanOptions options = ScanOptions.parse(call, 3);
        List<Reply> items = new ArrayList<>();
        long next = set.scan(cursor, options.count(), member -> {
            if (options.matches(member)) {
                items.add(Reply.bulk(member));
            }
        });
        return Reply.array(Reply.bulk(ScanCursor.format(next)), Reply.array(items));
    }
}
