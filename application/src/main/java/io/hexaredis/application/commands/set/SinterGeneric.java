package io.hexaredis.application.commands.set;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.NotifyType;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.set.RedisSet;
import io.hexaredis.domain.set.SetAlgebra;
import java.util.List;

/**
 * SINTER, SMEMBERS, SINTERSTORE and SINTERCARD: the intersection of the sets at argv[from..to),
 * replied, stored, or counted.
 *
 * <p>Every key is looked up and type-checked first, so a key of another type is an error even
 * when a missing key already makes the intersection empty. A missing key is an empty set, and
 * then the answer is empty at once: nothing (an empty set reply), 0, or the destination deleted.
 *
 * <p>Redis: sinterGenericCommand() in t_set.c.
 */
final class SinterGeneric {

    private SinterGeneric() {}

    /** SINTER and SMEMBERS: the members, as a RESP3 set. */
    static Reply reply(Call call, int from, int to) {
        List<RedisSet> sets = Sets.lookupAll(call, from, to);
        if (sets.contains(null)) {
            return Reply.set(List.of());
        }
        return Sets.setReply(SetAlgebra.intersection(sets));
    }

    /** SINTERCARD: how many members, counting up to {@code limit} (0: no limit). */
    static Reply cardinality(Call call, int from, int to, long limit) {
        List<RedisSet> sets = Sets.lookupAll(call, from, to);
        if (sets.contains(null)) {
            return Reply.ZERO;
        }
        return Reply.integer(SetAlgebra.intersectionCardinality(sets, limit));
    }

    /** SINTERSTORE: stores the intersection at {@code destination} and replies its size. */
    static Reply store(Call call, byte[] destination, int from, int to) {
        List<RedisSet> sets = Sets.lookupAll(call, from, to);
        if (sets.contains(null)) {
            if (call.db().deleteAsStored(destination)) {
                call.notifyKeyspaceEvent(NotifyType.GENERIC, "del", destination);
            }
            return Reply.ZERO;
        }
        RedisSet result = SetAlgebra.toSet(SetAlgebra.intersection(sets), Sets.maxIntsetEntries(call));
        return Sets.store(call, destination, result, "sinterstore");
    }
}
