package io.hexaredis.application.commands.list;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.NotifyType;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.keyspace.Database;
import io.hexaredis.domain.list.ListEnd;
import io.hexaredis.domain.list.RedisList;

/**
 * LPUSH, RPUSH, LPUSHX and RPUSHX: push every element in argument order, creating the list
 * unless only existing lists are wanted (the X forms). Replies with the new length.
 *
 * <p>Redis: pushGenericCommand() in t_list.c. Pushing to a key that clients block on makes it
 * ready: the keyspace reports the change and those clients are served after this command.
 */
final class PushGeneric {

    private PushGeneric() {}

    static Reply push(Call call, ListEnd where, boolean onlyIfExists) {
        byte[] key = call.arg(1);
        Database db = call.db();
        RedisList list = db.get(key, RedisList.class, call.now());
        if (list == null) {
            if (onlyIfExists) {
                return Reply.ZERO;
            }
            list = ListType.create(call);
            pushAll(call, list, where);
            db.set(key, list);
        } else {
            pushAll(call, list, where);
            db.modified(key, call.argc() - 2);
        }
        call.notifyKeyspaceEvent(NotifyType.LIST, ListType.pushEvent(where), key);
        return Reply.integer(list.size());
    }

    private static void pushAll(Call call, RedisList list, ListEnd where) {
        for (int i = 2; i < call.argc(); i++) {
            list.push(where, call.arg(i));
        }
    }
}
