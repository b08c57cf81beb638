package io.hexaredis.application.commands.set;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.set.RedisSet;
import io.hexaredis.domain.set.SetAlgebra;
import java.util.List;

/**
 * SUNION, SUNIONSTORE, SDIFF and SDIFFSTORE: the union or difference of the sets at
 * argv[from..to), replied or stored.
 *
 * <p>Missing keys are empty sets; every key is type-checked before anything is computed. The
 * result is built as a new set that starts as an intset, so it is replied in ascending order when
 * all members are integers. An empty result deletes the destination of the STORE forms.
 *
 * <p>Redis: sunionDiffGenericCommand() in t_set.c.
 */
final class SunionDiffGeneric {

    private SunionDiffGeneric() {}

    static Reply reply(Call call, int from, int to, boolean union) {
        return Sets.setReply(compute(call, from, to, union).members());
    }

    static Reply store(Call call, byte[] destination, int from, int to, boolean union) {
        return Sets.store(call, destination, compute(call, from, to, union), union ? "sunionstore" : "sdiffstore");
    }

    private static RedisSet compute(Call call, int from, int to, boolean union) {
        List<RedisSet> sets = Sets.lookupAll(call, from, to);
        long max = Sets.maxIntsetEntries(call);
        return union ? SetAlgebra.union(sets, max) : SetAlgebra.difference(sets, max);
    }
}
