package io.hexaredis.application.commands.list;

import io.hexaredis.application.blocking.Timeout;
import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.keyspace.ValueType;
import io.hexaredis.domain.list.ListEnd;
import io.hexaredis.domain.list.RedisList;
import java.util.ArrayList;
import java.util.List;

/**
 * BLPOP and BRPOP: pop from the first non-empty list among the keys, or wait for one.
 *
 * <p>Redis: blockingPopGenericCommand() and serveClientBlockedOnList() in t_list.c and blocked.c.
 * The timeout is checked first, then the keys in order (a key of another type is WRONGTYPE, even
 * when a later key has elements). The reply is {@code [key, element]}; a timeout is a nil array.
 * Whether the element is popped at once or when a push serves the blocked client later, the
 * effect is propagated as {@code LPOP key} or {@code RPOP key}: replicas and the AOF never see a
 * blocking command.
 */
final class BlockingPopGeneric {

    private BlockingPopGeneric() {}

    static Reply pop(Call call, ListEnd where) {
        long timeout = Timeout.parse(call.arg(call.argc() - 1), call.now());
        List<byte[]> keys = new ArrayList<>(call.argc() - 2);
        for (int j = 1; j < call.argc() - 1; j++) {
            byte[] key = call.arg(j);
            RedisList list = call.db().get(key, RedisList.class, call.now());
            if (list != null) {
                return popFrom(call, key, list, where);
            }
            keys.add(key);
        }
        if (!call.mayBlock()) {
            return Reply.NIL_ARRAY;
        }
        return call.block(keys, ValueType.LIST, timeout, Reply.NIL_ARRAY,
                (c, key) -> popFrom(c, key, c.db().get(key, RedisList.class, c.now()), where));
    }

    private static Reply popFrom(Call call, byte[] key, RedisList list, ListEnd where) {
        byte[] value = list.pop(where);
        ListType.popped(call, key, list, where, 1);
        call.propagateAs(ListType.popCommand(where), key);
        return Reply.array(Reply.bulk(key), Reply.bulk(value));
    }
}
