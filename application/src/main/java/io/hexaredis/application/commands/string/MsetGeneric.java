package io.hexaredis.application.commands.string;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.NotifyType;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;

/**
 * The body of MSET and MSETNX: key/value pairs written in order (a key given twice ends with its
 * last value), each replacing any value and TTL. MSETNX writes nothing, and answers 0, if any of
 * the keys exists. An odd number of arguments is an arity error, checked here because the
 * command table's arity can only say "at least three".
 *
 * <p>Redis: msetGenericCommand() in t_string.c.
 */
final class MsetGeneric {

    private MsetGeneric() {}

    static Reply mset(Call call, String command, boolean nx) {
        if (call.argc() % 2 == 0) {
            throw new RedisError("ERR wrong number of arguments for '" + command + "' command");
        }
        if (nx) {
            for (int j = 1; j < call.argc(); j += 2) {
                if (call.db().exists(call.arg(j), call.now())) {
                    return Reply.ZERO;
                }
            }
        }
        for (int j = 1; j < call.argc(); j += 2) {
            call.db().exists(call.arg(j), call.now()); // as setKey(): an expired key is reported expired first
            call.db().set(call.arg(j), call.arg(j + 1));
            call.notifyKeyspaceEvent(NotifyType.STRING, "set", call.arg(j));
        }
        return nx ? Reply.ONE : Reply.OK;
    }
}
