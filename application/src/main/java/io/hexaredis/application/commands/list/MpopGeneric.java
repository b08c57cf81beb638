package io.hexaredis.application.commands.list;

import io.hexaredis.application.blocking.Timeout;
import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.bytes.ByteStrings;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;
import io.hexaredis.domain.keyspace.ValueType;
import io.hexaredis.domain.list.ListEnd;
import io.hexaredis.domain.list.RedisList;
import java.util.ArrayList;
import java.util.List;

/**
 * LMPOP and BLMPOP: pop up to COUNT elements from the first non-empty list among several keys.
 *
 * <p>Redis: mpopGenericCommand() and blmpopCommand() in t_list.c. The arguments are checked in
 * Redis's order: numkeys, the LEFT/RIGHT word after the keys, COUNT, and only then the timeout of
 * BLMPOP. The reply is {@code [key, [elements]]}, or a nil array. The effect is propagated as
 * {@code LPOP key n} or {@code RPOP key n}, n being the number of elements actually popped, also
 * when a blocked BLMPOP is served later.
 */
final class MpopGeneric {

    private MpopGeneric() {}

    /**
     * @param numkeysIndex 1 for LMPOP, 2 for BLMPOP (whose timeout comes first)
     */
    static Reply mpop(Call call, int numkeysIndex, boolean blocking) {
        long numkeys = ListType.positive(call.arg(numkeysIndex), ListType.NUMKEYS);
        if (numkeys > call.argc() - numkeysIndex - 2) {
            throw RedisError.SYNTAX;
        }
        int whereIndex = numkeysIndex + (int) numkeys + 1;
        ListEnd where = ListType.position(call.arg(whereIndex));
        long count = -1;
        for (int j = whereIndex + 1; j < call.argc(); j++) {
            if (count == -1 && j + 1 < call.argc() && ByteStrings.equalsIgnoreCase(call.arg(j), "count")) {
                count = ListType.positive(call.arg(++j), ListType.COUNT);
            } else {
                throw RedisError.SYNTAX;
            }
        }
        long n = count == -1 ? 1 : count;
        long timeout = blocking ? Timeout.parse(call.arg(1), call.now()) : 0;
        List<byte[]> keys = new ArrayList<>((int) numkeys);
        for (int j = numkeysIndex + 1; j < whereIndex; j++) {
            byte[] key = call.arg(j);
            RedisList list = call.db().get(key, RedisList.class, call.now());
            if (list != null) {
                return ListType.popRangeWithKey(call, key, list, where, n);
            }
            keys.add(key);
        }
        if (!blocking || !call.mayBlock()) {
            return Reply.NIL_ARRAY;
        }
        return call.block(keys, ValueType.LIST, timeout, Reply.NIL_ARRAY,
                (c, key) -> ListType.popRangeWithKey(c, key, c.db().get(key, RedisList.class, c.now()), where, n));
    }
}
