package io.hexaredis.application.commands.set;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.NotifyType;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.set.RedisSet;

/**
 * SADD key member [member ...]
 *
 * <p>Adds the members and replies how many were new. A new set starts as an intset if its first
 * member is an integer, as a hashtable otherwise; adding nothing new changes nothing and is not
 * propagated.
 *
 * <p>Redis: saddCommand() in t_set.c.
 */
final class SaddCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("sadd", -3, CommandFlag.WRITE, CommandFlag.DENYOOM, CommandFlag.FAST)
            .keys(1, 1, 1).group(CommandGroup.SET).since("1.0.0")
            .syntax("key member [member ...]")
            .summary("Add one or more members to a set")
            .complexity("O(1) for each element added, so O(N) to add N elements when the command is called with multiple arguments.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        byte[] key = call.arg(1);
        RedisSet set = call.db().get(key, RedisSet.class, call.now());
        if (set == null) {
            set = RedisSet.forFirstMember(call.arg(2));
        }
        long max = Sets.maxIntsetEntries(call);
        long added = 0;
        for (int i = 2; i < call.argc(); i++) {
            if (set.add(call.arg(i), max)) {
                added++;
            }
        }
        if (added > 0) {
            call.db().written(key, set, added, call.now());
            call.notifyKeyspaceEvent(NotifyType.SET, "sadd", key);
        }
        return Reply.integer(added);
    }
}
