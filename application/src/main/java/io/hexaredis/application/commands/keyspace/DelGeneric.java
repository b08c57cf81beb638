package io.hexaredis.application.commands.keyspace;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.NotifyType;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.keyspace.Database;

/**
 * DEL and UNLINK: delete each named key, answer how many existed.
 *
 * <p>Redis: delGenericCommand() in db.c, whose {@code lazy} flag chooses between freeing the value
 * at once (DEL) and handing it to a background thread (UNLINK). In Java the garbage collector
 * frees memory in the background either way, so the two differ only in name. A key named twice
 * counts once; an expired key counts as missing (its DEL is propagated by lazy expiry).
 */
final class DelGeneric {

    private DelGeneric() {}

    static Reply delete(Call call) {
        Database db = call.db();
        long now = call.now();
        long deleted = 0;
        for (int i = 1; i < call.argc(); i++) {
            byte[] key = call.arg(i);
            if (db.delete(key, now)) {
                call.notifyKeyspaceEvent(NotifyType.GENERIC, "del", key);
                deleted++;
            }
        }
        return Reply.integer(deleted);
    }
}
