package io.hexaredis.application.commands.set;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.set.RedisSet;

/**
 * SREM key member [member ...]
 *
 * <p>Removes the members and replies how many were there. Removing the last member deletes the key
 * (notified as "srem" then "del"); removing nothing is not propagated.
 *
 * <p>Redis: sremCommand() in t_set.c.
 */
final class SremCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("srem", -3, CommandFlag.WRITE, CommandFlag.FAST)
            .keys(1, 1, 1).group(CommandGroup.SET).since("1.0.0")
            .syntax("key member [member ...]")
            .summary("Remove one or more members from a set")
            .complexity("O(N) where N is the number of members to be removed.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        byte[] key = call.arg(1);
        RedisSet set = call.db().get(key, RedisSet.class, call.now());
        if (set == null) {
            return Reply.ZERO;
        }
        long removed = 0;
        for (int i = 2; i < call.argc(); i++) {
            if (set.remove(call.arg(i))) {
                removed++;
                if (set.size() == 0) {
                    break;
                }
            }
        }
        if (removed > 0) {
            Sets.removed(call, key, set, removed, "srem");
        }
        return Reply.integer(removed);
    }
}
