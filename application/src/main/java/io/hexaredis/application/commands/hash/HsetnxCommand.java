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
 * HSETNX key field value
 *
 * <p>Sets the field only if the hash does not have it yet: replies 1 if it did, 0 if the field
 * existed (then nothing changes, not even the encoding, however long the value).
 *
 * <p>Redis: hsetnxCommand() in t_hash.c.
 */
final class HsetnxCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("hsetnx", 4, CommandFlag.WRITE, CommandFlag.DENYOOM, CommandFlag.FAST)
            .keys(1, 1, 1).group(CommandGroup.HASH).since("2.0.0")
            .syntax("key field value")
            .summary("Set the value of a hash field, only if the field does not exist");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        byte[] key = call.arg(1);
        RedisHash hash = Hashes.lookupWriteOrCreate(call, key);
        if (!hash.setIfAbsent(call.arg(2), call.arg(3), Hashes.maxListpackEntries(call), Hashes.maxListpackValue(call))) {
            return Reply.ZERO;
        }
        call.db().written(key, hash, 1, call.now());
        call.notifyKeyspaceEvent(NotifyType.HASH, "hset", key);
        return Reply.ONE;
    }
}
