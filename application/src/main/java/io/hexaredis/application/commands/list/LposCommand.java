package io.hexaredis.application.commands.list;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.bytes.ByteStrings;
import io.hexaredis.domain.bytes.Numbers;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;
import io.hexaredis.domain.list.RedisList;
import java.util.ArrayList;
import java.util.List;

/**
 * LPOS key element [RANK rank] [COUNT num-matches] [MAXLEN len]
 *
 * <p>The index of the first element equal to element, or nil. RANK n starts from the n-th match
 * (negative: searching from the tail); COUNT n returns up to n indexes as an array (0 for all of
 * them, and an array, possibly empty, whenever COUNT is given); MAXLEN n compares at most n
 * elements. Options are checked before the key is looked up. Redis: lposCommand() in t_list.c.
 */
final class LposCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("lpos", -3, CommandFlag.READONLY)
            .keys(1, 1, 1).group(CommandGroup.LIST).since("6.0.6")
            .syntax("key element [RANK rank] [COUNT num-matches] [MAXLEN len]")
            .summary("Return the index of matching elements on a list")
            .complexity("O(N) where N is the number of elements in the list, for the average case. When searching for elements near the head or the tail of the list, or when the MAXLEN option is provided, the command may run in constant time.");

    /** LPOS's option errors (t_list.c, Redis 7.0). */
    static final RedisError RANK_ZERO = new RedisError("ERR RANK can't be zero: use 1 to start from the first match, "
            + "2 from the second ... or use negative to start from the end of the list");
    static final RedisError COUNT_NEGATIVE = new RedisError("ERR COUNT can't be negative");
    static final RedisError MAXLEN_NEGATIVE = new RedisError("ERR MAXLEN can't be negative");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        long rank = 1;
        long count = -1; // no COUNT: a single index or nil
        long maxlen = 0;
        for (int j = 3; j < call.argc(); j++) {
            byte[] option = call.arg(j);
            boolean more = j + 1 < call.argc();
            if (more && ByteStrings.equalsIgnoreCase(option, "rank")) {
                rank = call.longArg(++j);
                if (rank == 0) {
                    throw RANK_ZERO;
                }
            } else if (more && ByteStrings.equalsIgnoreCase(option, "count")) {
                count = nonNegative(call.arg(++j), COUNT_NEGATIVE);
            } else if (more && ByteStrings.equalsIgnoreCase(option, "maxlen")) {
                maxlen = nonNegative(call.arg(++j), MAXLEN_NEGATIVE);
            } else {
                throw RedisError.SYNTAX;
            }
        }
        if (rank == Long.MIN_VALUE) {
            // Redis negates the rank in a C long, where -LONG_MIN is LONG_MIN again: every match then
            // qualifies, so it behaves as -1 (the first match from the tail).
            rank = -1;
        }
        RedisList list = call.db().get(call.arg(1), RedisList.class, call.now());
        if (list == null) {
            return count >= 0 ? Reply.EMPTY_ARRAY : Reply.NIL;
        }
        List<Long> found = list.positions(call.arg(2), rank, count < 0 ? 1 : count, maxlen);
        if (count < 0) {
            return found.isEmpty() ? Reply.NIL : Reply.integer(found.get(0));
        }
        List<Reply> indexes = new ArrayList<>(found.size());
        for (long index : found) {
            indexes.add(Reply.integer(index));
        }
        return Reply.array(indexes);
    }

    private static long nonNegative(byte[] arg, RedisError error) {
        long n = Numbers.parseLongOr(arg, -1);
        if (n < 0) {
            throw error;
        }
        return n;
    }
}
