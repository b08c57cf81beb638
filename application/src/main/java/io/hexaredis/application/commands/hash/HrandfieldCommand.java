package io.hexaredis.application.commands.hash;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.bytes.ByteStrings;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;
import io.hexaredis.domain.hash.RedisHash;
import java.util.ArrayList;
import java.util.List;

/**
 * HRANDFIELD key [count [WITHVALUES]]
 *
 * <p>Without a count: one field chosen at random, nil for a missing key. With a positive count: up
 * to that many distinct fields; with a negative count: exactly that many, chosen independently, so
 * a field may come back several times; 0 or a missing key: an empty array. WITHVALUES adds each
 * field's value: after the field in RESP2, as a [field, value] pair in RESP3.
 *
 * <p>The count is read before the key is looked up, so a bad count is reported even for a key of
 * another type. With WITHVALUES it must stay within half the 64-bit range (the reply has twice as
 * many elements). Redis builds a reply of any size for a negative count and can run out of memory
 * for an enormous one; this server refuses counts beyond {@link #MAX_REPEATED} instead.
 *
 * <p>Redis: hrandfieldCommand() and hrandfieldWithCountCommand() in t_hash.c.
 */
final class HrandfieldCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("hrandfield", -2, CommandFlag.READONLY)
            .keys(1, 1, 1).group(CommandGroup.HASH).since("6.2.0")
            .syntax("key [count [WITHVALUES]]")
            .summary("Get one or multiple random fields from a hash")
            .complexity("O(N) where N is the number of fields returned");

    /** The largest negative count served (elements in one reply; not a Redis limit). */
    static final long MAX_REPEATED = 1 << 24;

    static final RedisError COUNT_OUT_OF_RANGE = new RedisError(
            "ERR value is out of range, value must between -9223372036854775807 and 9223372036854775807");
    static final RedisError OUT_OF_RANGE = new RedisError("ERR value is out of range");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        if (call.argc() == 2) {
            RedisHash hash = call.db().get(call.arg(1), RedisHash.class, call.now());
            return hash == null ? Reply.NIL : Reply.bulk(hash.randomField(call.server().random()));
        }
        long count = call.longArg(2);
        if (count == Long.MIN_VALUE) {
            throw COUNT_OUT_OF_RANGE;
        }
        boolean withValues = false;
        if (call.argc() > 4 || (call.argc() == 4 && !ByteStrings.equalsIgnoreCase(call.arg(3), "withvalues"))) {
            throw RedisError.SYNTAX;
        } else if (call.argc() == 4) {
            withValues = true;
            if (count < -Long.MAX_VALUE / 2 || count > Long.MAX_VALUE / 2) {
                throw OUT_OF_RANGE;
            }
        }
        RedisHash hash = call.db().get(call.arg(1), RedisHash.class, call.now());
        if (hash == null || count == 0) {
            return Reply.EMPTY_ARRAY;
        }
        if (-count > MAX_REPEATED) {
            throw OUT_OF_RANGE;
        }
        List<byte[]> pairs = hash.randomPairs(count, call.server().random());
        List<Reply> out = new ArrayList<>(withValues ? pairs.size() : pairs.size() / 2);
        boolean resp3 = call.session().protocol() == 3;
        for (int i = 0; i < pairs.size(); i += 2) {
            Reply field = Reply.bulk(pairs.get(i));
            if (!withValues) {
                out.add(field);
            } else if (resp3) {
                out.add(Reply.array(field, Reply.bulk(pairs.get(i + 1))));
            } else {
                out.add(field);
                out.add(Reply.bulk(pairs.get(i + 1)));
            }
        }
        return Reply.array(out);
    }
}
