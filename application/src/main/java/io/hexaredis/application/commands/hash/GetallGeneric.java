package io.hexaredis.application.commands.hash;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.hash.RedisHash;
import java.util.ArrayList;
import java.util.List;

/**
 * HKEYS, HVALS and HGETALL: the whole hash, as fields, values or both. HGETALL is a map in RESP3
 * (a flat field, value, field, value... array in RESP2); a missing key is an empty one.
 *
 * <p>Redis: genericHgetallCommand() in t_hash.c.
 */
final class GetallGeneric {

    private GetallGeneric() {}

    static Reply reply(Call call, boolean fields, boolean values) {
        RedisHash hash = call.db().get(call.arg(1), RedisHash.class, call.now());
        if (hash == null) {
            return fields && values ? Reply.map(List.of()) : Reply.EMPTY_ARRAY;
        }
        List<Reply> out = new ArrayList<>((int) hash.size() * (fields && values ? 2 : 1));
        hash.forEach((f, v) -> {
            if (fields) {
                out.add(Reply.bulk(f));
            }
            if (values) {
                out.add(Reply.bulk(v));
            }
        });
        return fields && values ? Reply.map(out) : Reply.array(out);
    }
}
