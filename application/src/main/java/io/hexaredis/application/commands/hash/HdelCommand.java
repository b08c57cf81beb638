package io.hexaredis.application.commands.hash;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.hash.RedisHash;

/**
 * HDEL key field [field ...]
 *
 * <p>Removes the fields and replies how many existed. Deleting the last field deletes the key
 * (notified as "hdel" then "del"); deleting nothing changes nothing and is not propagated.
 *
 * <p>Redis: hdelCommand() in t_hash.c.
 */
final class HdelCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("hdel", -3, CommandFlag.WRITE, CommandFlag.FAST)
            .keys(1, 1, 1).group(CommandGroup.HASH).since("2.0.0")
            .syntax("key field [field ...]")
            .summary("Delete one or more hash fields")
            .complexity("O(N) where N is the number of fields to be removed.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        byte[] key = call.arg(1);
        RedisHash hash = call.db().get(key, RedisHash.class, call.now());
        if (hash == null) {
            return Reply.ZERO;
        }
        long deleted = 0;
        for (int i = 2; i < call.argc(); i++) {
            if (hash.delete(call.arg(i))) {
                deleted++;
                if (hash.size() == 0) {
                    break;
                }
            }
        }
        if (deleted > 0) {
            Hashes.deleted(call, key, hash, deleted, "hdel");
        }
        return Reply.integer(deleted);
    }
}
