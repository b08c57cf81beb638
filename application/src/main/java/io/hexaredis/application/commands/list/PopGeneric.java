package io.hexaredis.application.commands.list;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.bytes.Numbers;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;
import io.hexaredis.domain.list.ListEnd;
import io.hexaredis.domain.list.RedisList;
import java.util.ArrayList;
import java.util.List;

/**
 * LPOP and RPOP, with and without a count.
 *
 * <p>Redis: popGenericCommand() in t_list.c. Without a count the reply is the element or a nil
 * bulk; with a count it is an array of up to count elements, a nil array when the key is missing
 * ({@code *-1} in RESP2) and an empty array for a count of 0 on an existing list. The request is
 * propagated as it is: popping from the head or the tail replays identically.
 */
final class PopGeneric {

    /** The count error of LPOP and RPOP (Redis 7.0 says "out of range" also for non-numbers). */
    static final RedisError COUNT = new RedisError("ERR value is out of range, must be positive");

    private PopGeneric() {}

    static Reply pop(Call call, ListEnd where) {
        if (call.argc() > 3) {
            // the arity of the table (-2) admits any count of arguments; only key and count make sense
            throw new RedisError("ERR wrong number of arguments for '" + ListType.popEvent(where) + "' command");
        }
        boolean hasCount = call.argc() == 3;
        long count = 1;
        if (hasCount) {
            count = Numbers.parseLongOr(call.arg(2), -1);
            if (count < 0) {
                throw COUNT;
            }
        }
        byte[] key = call.arg(1);
        RedisList list = call.db().get(key, RedisList.class, call.now());
        if (list == null) {
            return hasCount ? Reply.NIL_ARRAY : Reply.NIL;
        }
        if (!hasCount) {
            byte[] value = list.pop(where);
            ListType.popped(call, key, list, where, 1);
            return Reply.bulk(value);
        }
        if (count == 0) {
            return Reply.EMPTY_ARRAY;
        }
        long n = Math.min(count, list.size());
        List<Reply> values = new ArrayList<>((int) Math.min(n, 1024));
        for (long i = 0; i < n; i++) {
            values.add(Reply.bulk(list.pop(where)));
        }
        ListType.popped(call, key, list, where, n);
        return Reply.array(values);
    }
}
