package io.hexaredis.application.commands.set;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;
import io.hexaredis.domain.set.RedisSet;

/**
 * SRANDMEMBER key [count]
 *
 * <p>Without a count: one member chosen at random, nil for a missing key. With a positive count:
 * up to that many distinct members; with a negative count: exactly that many, chosen
 * independently, so a member may come back several times; 0 or a missing key: an empty array. The
 * reply is an array in RESP3 too, since it may repeat members.
 *
 * <p>Redis builds a reply of any size for a negative count and can run out of memory for an
 * enormous one; this server refuses counts beyond {@link #MAX_REPEATED} instead.
 *
 * <p>Redis: srandmemberCommand() and srandmemberWithCountCommand() in t_set.c.
 */
final class SrandmemberCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("srandmember", -2, CommandFlag.READONLY)
            .keys(1, 1, 1).group(CommandGroup.SET).since("1.0.0")
            .syntax("key [count]")
            .summary("Get one or multiple random members from a set")
            .complexity("Without the count argument O(1), otherwise O(N) where N is the absolute value of the passed count.");

    /** The largest negative count served (elements in one reply; not a Redis limit). */
    static final long MAX_REPEATED = 1 << 24;

    private static final RedisError COUNT_OUT_OF_RANGE = new RedisError(
            "ERR value is out of range, value must between -9223372036854775807 and 9223372036854775807");
    private static final RedisError OUT_OF_RANGE = new RedisError("ERR value is out of range");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        if (call.argc() > 3) {
            throw RedisError.SYNTAX;
        }
        if (call.argc() == 2) {
            RedisSet set = call.db().get(call.arg(1), RedisSet.class, call.now());
            return set == null ? Reply.NIL : Reply.bulk(set.randomMember(call.server().random()));
        }
        long count = call.longArg(2);
        if (count == Long.MIN_VALUE) {
            throw COUNT_OUT_OF_RANGE;
        }
        RedisSet set = call.db().get(call.arg(1), RedisSet.class, call.now());
        if (set == null || count == 0) {
            return Reply.EMPTY_ARRAY;
        }
        if (-count > MAX_REPEATED) {
            throw OUT_OF_RANGE;
        }
        return Reply.bulks(set.randomMembers(count, call.server().random()));
    }
}
