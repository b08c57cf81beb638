package io.hexaredis.application.commands.string;

import io.hexaredis.application.dispatch.Call;

/**
 * How long a string may grow with APPEND and SETRANGE: proto-max-bulk-len, the longest bulk
 * string a client may send, so a client cannot build in steps a value it could not send at once.
 * The master's link is exempt: a replica applies whatever its master accepted.
 *
 * <p>Redis: checkStringLength() in t_string.c, with mustObeyClient().
 */
final class StringLimit {

    private StringLimit() {}

    static long of(Call call) {
        return call.session().isMaster() ? Long.MAX_VALUE : call.server().config().getLong("proto-max-bulk-len");
    }
}
