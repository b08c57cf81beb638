package io.hexaredis.application.commands.zset;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.bytes.ByteStrings;
import io.hexaredis.domain.bytes.Numbers;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;
import io.hexaredis.domain.zset.RedisSortedSet;
import java.util.ArrayList;
import java.util.List;

/**
 * ZRANDMEMBER key [count [WITHSCORES]]
 *
 * <p>Without a count, one random member (nil for a missing key). With a positive count, up to that
 * many distinct members; with a negative one, exactly -count members that may repeat. WITHSCORES
 * adds scores (pairs in RESP3). The count is checked first: beyond +/-(2^63-1) it is out of range,
 * and with WITHSCORES beyond +/-(2^62-1), since the reply would hold twice as many items. A read
 * command: nothing is propagated. Redis: zrandmemberCommand() and zrandmemberWithCountCommand() in
 * t_zset.c.
 */
final class ZrandmemberCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("zrandmember", -2, CommandFlag.READONLY)
            .keys(1, 1, 1).group(CommandGroup.SORTED_SET).since("6.2.0")
            .syntax("key [count [WITHSCORES]]")
            .summary("Get one or multiple random elements from a sorted set")
            .complexity("O(N) where N is the number of elements returned");

    static final RedisError COUNT_RANGE = new RedisError(
            "ERR value is out of range, value must between -9223372036854775807 and 9223372036854775807");
    static final RedisError OUT_OF_RANGE = new RedisError("ERR value is out of range");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        if (call.argc() >= 3) {
            long count = Numbers.parseLong(call.arg(2));
            if (count == Long.MIN_VALUE) {
                throw COUNT_RANGE;
            }
            boolean withScores = false;
            if (call.argc() > 4 || (call.argc() == 4 && !ByteStrings.equalsIgnoreCase(call.arg(3), "withscores"))) {
                throw RedisError.SYNTAX;
            } else if (call.argc() == 4) {
                withScores = true;
                if (count < -Long.MAX_VALUE / 2 || count > Long.MAX_VALUE / 2) {
                    throw OUT_OF_RANGE;
                }
            }
            RedisSortedSet zset = Zsets.lookup(call, call.arg(1));
            if (zset == null || count == 0) {
                return Reply.EMPTY_ARRAY;
            }
            List<Reply> out = new ArrayList<>();
            zset.randomElements(count, call.server().random(),
                    withScores ? Zsets.withScores(Zsets.resp3(call), out) : Zsets.membersOnly(out));
            return Reply.array(out);
        }
        RedisSortedSet zset = Zsets.lookup(call, call.arg(1));
        if (zset == null) {
            return Reply.NIL;
        }
        Reply[] member = new Reply[1];
        zset.randomElement(call.server().random(), (m, s) -> member[0] = Reply.bulk(m));
        return member[0];
    }
}
