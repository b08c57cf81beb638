package io.hexaredis.application.commands.zset;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.zset.RedisSortedSet;

/** ZRANK and ZREVRANK: Redis's zrankGenericCommand() in t_zset.c. */
final class ZrankGeneric {

    private ZrankGeneric() {}

    static Reply zrank(Call call, boolean reverse) {
        RedisSortedSet zset = Zsets.lookup(call, call.arg(1));
        long rank = zset == null ? -1 : zset.rank(call.arg(2), reverse);
        return rank < 0 ? Reply.NIL : Reply.integer(rank);
    }
}
