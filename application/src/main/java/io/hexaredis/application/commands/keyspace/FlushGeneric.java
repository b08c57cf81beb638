package io.hexaredis.application.commands.keyspace;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.bytes.ByteStrings;
import io.hexaredis.domain.error.RedisError;

/**
 * The optional ASYNC | SYNC argument of FLUSHDB and FLUSHALL.
 *
 * <p>Redis: getFlushCommandFlags() in db.c. ASYNC frees the old values in a background thread; in
 * Java the garbage collector always does, so both flush the same way here. The option is still
 * checked, and anything else, or more than one word, is a syntax error.
 */
final class FlushGeneric {

    private FlushGeneric() {}

    static void checkOption(Call call) {
        if (call.argc() == 1) {
            return;
        }
        byte[] option = call.arg(1);
        if (call.argc() > 2 || !(ByteStrings.equalsIgnoreCase(option, "async") || ByteStrings.equalsIgnoreCase(option, "sync"))) {
            throw RedisError.SYNTAX;
        }
    }
}
