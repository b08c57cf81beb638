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

/**
 * HSET key field value [field value ...]
 * <br>HMSET key field value [field value ...]
 *
 * <p>Sets each field to its value, creating the hash if needed. HSET replies the number of fields
 * that were new; HMSET, deprecated since 4.0 when HSET learned to take several pairs, replies OK.
 * An odd number of words is refused as a wrong number of arguments, which the arity in the
 * command table cannot express. Every pair counts as a change, so HSET is propagated even when it
 * writes values the fields already had.
 *
 * <p>Redis: hsetCommand() in t_hash.c serves both names and tells them apart by the command name.
 */
final class HsetCommand implements Command<Call> {

    private static final CommandSpec HSET = CommandSpec.of("hset", -4, CommandFlag.WRITE, CommandFlag.DENYOOM, CommandFlag.FAST)
            .keys(1, 1, 1).group(CommandGroup.HASH).since("2.0.0")
            .syntax("key field value [field value ...]")
            .summary("Set the string value of a hash field")
            .complexity("O(1) for each field/value pair added, so O(N) to add N field/value pairs when the command is called with multiple field/value pairs.");

    private static final CommandSpec HMSET = CommandSpec.of("hmset", -4, CommandFlag.WRITE, CommandFlag.DENYOOM, CommandFlag.FAST)
            .keys(1, 1, 1).group(CommandGroup.HASH).since("2.0.0")
            .syntax("key field value [field value ...]")
            .summary("Set multiple hash fields to multiple values")
            .complexity("O(N) where N is the number of fields being set.");

    private final CommandSpec spec;
    private final boolean repliesOk;

    private HsetCommand(CommandSpec spec, boolean repliesOk) {
        this.spec = spec;
        this.repliesOk = repliesOk;
    }

    static HsetCommand hset() {
        return new HsetCommand(HSET, false);
    }

    static HsetCommand hmset() {
        return new HsetCommand(HMSET, true);
    }

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public Reply execute(Call call) {
        if (call.argc() % 2 == 1) {
            throw new RedisError("ERR wrong number of arguments for '" + spec.name() + "' command");
        }
        byte[] key = call.arg(1);
        RedisHash hash = Hashes.lookupWriteOrCreate(call, key);
        long maxEntries = Hashes.maxListpackEntries(call);
        long maxValue = Hashes.maxListpackValue(call);
        long created = 0;
        for (int i = 2; i < call.argc(); i += 2) {
            if (hash.set(call.arg(i), call.arg(i + 1), maxEntries, maxValue)) {
                created++;
            }
        }
        call.db().written(key, hash, (call.argc() - 2) / 2, call.now());
        call.notifyKeyspaceEvent(NotifyType.HASH, "hset", key);
        return repliesOk ? Reply.OK : Reply.integer(created);
    }
}
