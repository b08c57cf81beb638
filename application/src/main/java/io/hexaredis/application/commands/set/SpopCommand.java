package io.hexaredis.application.commands.set;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.bytes.Numbers;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.NotifyType;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;
import io.hexaredis.domain.set.RedisSet;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * SPOP key [count]
 *
 * <p>Removes members chosen at random and replies them: one as a bulk string (nil for a missing
 * key), or with a count up to that many as a set (empty for a missing key or a count of 0). The
 * count must be a non-negative integer; it is checked before the key.
 *
 * <p>The choice is random, so the request cannot be replayed: the pop is propagated as
 * {@code SREM key member} for each member removed (several of them wrapped in MULTI/EXEC by the
 * dispatcher), or as {@code DEL key} when the count takes the whole set, exactly as Redis 7.0
 * writes it to the AOF. The event is "spop" (then "del" if the set
 * is gone).
 *
 * <p>Redis: spopCommand() and spopWithCountCommand() in t_set.c.
 */
final class SpopCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("spop", -2, CommandFlag.WRITE, CommandFlag.FAST)
            .keys(1, 1, 1).group(CommandGroup.SET).since("1.0.0")
            .syntax("key [count]")
            .summary("Remove and return one or multiple random members from a set")
            .complexity("Without the count argument O(1), otherwise O(N) where N is the value of the passed count.");

    private static final RedisError COUNT_NOT_POSITIVE = new RedisError("ERR value is out of range, must be positive");
    private static final byte[] SREM = "SREM".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DEL = "DEL".getBytes(StandardCharsets.US_ASCII);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        if (call.argc() > 3) {
            throw RedisError.SYNTAX;
        }
        byte[] key = call.arg(1);
        if (call.argc() == 3) {
            return popWithCount(call, key);
        }
        RedisSet set = call.db().get(key, RedisSet.class, call.now());
        if (set == null) {
            return Reply.NIL;
        }
        byte[] member = set.pop(call.server().random());
        call.propagateAs(SREM, key, member);
        Sets.removed(call, key, set, 1, "spop");
        return Reply.bulk(member);
    }

    private static Reply popWithCount(Call call, byte[] key) {
        long count = Numbers.parseLongOr(call.arg(2), -1);
        if (count < 0) {
            throw COUNT_NOT_POSITIVE;
        }
        RedisSet set = call.db().get(key, RedisSet.class, call.now());
        if (set == null || count == 0) {
            return Reply.set(List.of());
        }
        if (count >= set.size()) {
            List<byte[]> all = set.members();
            call.notifyKeyspaceEvent(NotifyType.SET, "spop", key);
            call.db().delete(key, call.now());
            call.notifyKeyspaceEvent(NotifyType.GENERIC, "del", key);
            call.propagateAs(DEL, key);
            return Sets.setReply(all);
        }
        List<byte[]> popped = set.pop((int) count, call.server().random());
        for (byte[] member : popped) {
            call.propagateAs(SREM, key, member);
        }
        Sets.removed(call, key, set, count, "spop");
        return Sets.setReply(popped);
    }
}
