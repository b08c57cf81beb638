package io.hexaredis.application.commands.hash;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.NotifyType;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.hash.RedisHash;

/**
 * HINCRBY key field increment
 *
 * <p>Adds the increment to the field's value read as a 64-bit integer, a missing field counting as
 * 0, and replies the new value. The increment is checked first ("value is not an integer"), then
 * the key's type, then the stored value ("hash value is not an integer") and the sum ("increment
 * or decrement would overflow").
 *
 * <p>Redis: hincrbyCommand() in t_hash.c.
 */
final class HincrbyCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("hincrby", 4, CommandFlag.WRITE, CommandFlag.DENYOOM, CommandFlag.FAST)
            .keys(1, 1, 1).group(CommandGroup.HASH).since("2.0.0")
            .syntax("key field increment")
            .summary("Increment the integer value of a hash field by the given number");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        long increment = call.longArg(3);
        byte[] key = call.arg(1);
        RedisHash hash = Hashes.lookupWriteOrCreate(call, key);
        long value = hash.incrementBy(call.arg(2), increment, Hashes.maxListpackEntries(call), Hashes.maxListpackValue(call));
        call.db().written(key, hash, 1, call.now());
        call.notifyKeyspaceEvent(NotifyType.HASH, "hincrby", key);
        return Reply.integer(value);
    }
}
