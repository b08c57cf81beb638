package io.hexaredis.application.commands.list;

import io.hexaredis.application.blocking.Timeout;
import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.keyspace.ValueType;
import io.hexaredis.domain.list.ListEnd;
import io.hexaredis.domain.list.RedisList;
import java.util.List;

/**
 * BLMOVE and BRPOPLPUSH: LMOVE, or wait for the source to get an element.
 *
 * <p>Redis: blmoveGenericCommand() in t_list.c and serveClientBlockedOnList() in blocked.c. The
 * effect is propagated as LMOVE (RPOPLPUSH for BRPOPLPUSH) without the timeout: with the words as
 * the client typed them when the move happens at once, and as "left"/"right" when a blocked
 * client is served later, as Redis 7.0 writes them. A blocked client whose destination turns out
 * to hold another type when it is served gets WRONGTYPE, and the element stays for the next one.
 * Inside MULTI an empty source answers a nil bulk at once; a timeout answers a nil array.
 */
final class BlmoveGeneric {

    private BlmoveGeneric() {}

    static Reply blmove(Call call, ListEnd from, ListEnd to, int timeoutIndex, boolean rpoplpush) {
        long timeout = Timeout.parse(call.arg(timeoutIndex), call.now());
        byte[] src = call.arg(1);
        byte[] dst = call.arg(2);
        RedisList source = call.db().get(src, RedisList.class, call.now());
        if (source != null) {
            byte[] value = ListType.move(call, src, source, dst, from, to);
            if (rpoplpush) {
                call.propagateAs(ListType.RPOPLPUSH, src, dst);
            } else {
                call.propagateAs(ListType.LMOVE, src, dst, call.arg(3), call.arg(4));
            }
            return Reply.bulk(value);
        }
        if (!call.mayBlock()) {
            return Reply.NIL;
        }
        return call.block(List.of(src), ValueType.LIST, timeout, Reply.NIL_ARRAY, (c, key) -> {
            byte[] value = ListType.move(c, src, c.db().get(src, RedisList.class, c.now()), dst, from, to);
            if (rpoplpush) {
                c.propagateAs(ListType.RPOPLPUSH, src, dst);
            } else {
                c.propagateAs(ListType.LMOVE, src, dst, ListType.word(from), ListType.word(to));
            }
            return Reply.bulk(value);
        });
    }
}
