package io.hexaredis.application.commands.keyspace;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.NotifyType;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;
import io.hexaredis.domain.keyspace.Database;
import java.util.Arrays;

/**
 * RENAME and RENAMENX: give the value of a key, with its time to live, a new name.
 *
 * <p>Redis: renameGenericCommand() in db.c. A missing source is an error ("ERR no such key"), even
 * when both names are the same; renaming an existing key to itself does nothing and succeeds (OK,
 * or 0 for RENAMENX, since the target "exists"). RENAME replaces a value of any type under the new
 * name, RENAMENX answers 0 and changes nothing if there is one. Notifies "rename_from" for the old
 * name and "rename_to" for the new one.
 */
final class RenameGeneric {

    private RenameGeneric() {}

    static Reply rename(Call call, boolean nx) {
        byte[] from = call.arg(1);
        byte[] to = call.arg(2);
        Database db = call.db();
        long now = call.now();
        if (db.lookup(from, now) == null) {
            throw RedisError.NO_SUCH_KEY;
        }
        if (Arrays.equals(from, to)) {
            return nx ? Reply.ZERO : Reply.OK;
        }
        boolean targetExists = db.lookup(to, now) != null; // also expires it, as lookupKeyWrite() does
        if (nx && targetExists) {
            return Reply.ZERO;
        }
        db.rename(from, to);
        call.notifyKeyspaceEvent(NotifyType.GENERIC, "rename_from", from);
        call.notifyKeyspaceEvent(NotifyType.GENERIC, "rename_to", to);
        return nx ? Reply.ONE : Reply.OK;
    }
}
