package io.hexaredis.application.commands.hash;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.NotifyType;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;
import io.hexaredis.domain.hash.RedisHash;
import io.hexaredis.domain.string.LongDouble;
import java.nio.charset.StandardCharsets;

/**
 * HINCRBYFLOAT key field increment
 *
 * <p>Adds the increment to the field's value, both read as long doubles (a missing field counts as
 * 0), stores the sum as Redis prints it ({@code %.17Lf} without trailing zeros) and replies that
 * text as a bulk string, in RESP3 too. An infinite increment or sum is refused.
 *
 * <p>The sum is propagated as {@code HSET key field <new value>}: replaying the addition on a
 * replica or from the AOF could round differently on another machine, while the text replays
 * exactly.
 *
 * <p>Redis: hincrbyfloatCommand() in t_hash.c.
 */
final class HincrbyfloatCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("hincrbyfloat", 4, CommandFlag.WRITE, CommandFlag.DENYOOM, CommandFlag.FAST)
            .keys(1, 1, 1).group(CommandGroup.HASH).since("2.6.0")
            .syntax("key field increment")
            .summary("Increment the float value of a hash field by the given amount");

    private static final RedisError NAN_OR_INFINITY = new RedisError("ERR value is NaN or Infinity");
    private static final byte[] HSET = "HSET".getBytes(StandardCharsets.US_ASCII);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        LongDouble increment = LongDouble.parse(call.arg(3));
        if (increment == null) {
            throw RedisError.NOT_A_FLOAT;
        }
        if (increment.isInfinite()) {
            throw NAN_OR_INFINITY;
        }
        byte[] key = call.arg(1);
        byte[] field = call.arg(2);
        RedisHash hash = Hashes.lookupWriteOrCreate(call, key);
        byte[] value = hash.incrementByFloat(field, increment, Hashes.maxListpackEntries(call), Hashes.maxListpackValue(call));
        call.db().written(key, hash, 1, call.now());
        call.notifyKeyspaceEvent(NotifyType.HASH, "hincrbyfloat", key);
        call.propagateAs(HSET, key, field, value);
        return Reply.bulk(value);
    }
}
