package io.hexaredis.application.commands.set;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.NotifyType;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;
import io.hexaredis.domain.set.RedisSet;

/**
 * SMOVE source destination member
 *
 * <p>Moves the member from one set to another: 1 if it was in the source, 0 if not. A missing
 * source replies 0 before the destination's type is even checked; moving within one set changes
 * nothing. Events: "srem" on the source (and "del" if it became empty), then "sadd" on the
 * destination unless it already had the member.
 *
 * <p>Redis: smoveCommand() in t_set.c.
 */
final class SmoveCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("smove", 4, CommandFlag.WRITE, CommandFlag.FAST)
            .keys(1, 2, 1).group(CommandGroup.SET).since("1.0.0")
            .syntax("source destination member")
            .summary("Move a member from one set to another");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        byte[] sourceKey = call.arg(1);
        byte[] destinationKey = call.arg(2);
        byte[] member = call.arg(3);
        RedisSet source = call.db().get(sourceKey, RedisSet.class, call.now());
        Object found = call.db().get(destinationKey, call.now());
        if (source == null) {
            return Reply.ZERO;
        }
        if (found != null && !(found instanceof RedisSet)) {
            throw RedisError.WRONGTYPE;
        }
        RedisSet destination = (RedisSet) found;
        if (source == destination) {
            return source.contains(member) ? Reply.ONE : Reply.ZERO;
        }
        if (!source.remove(member)) {
            return Reply.ZERO;
        }
        Sets.removed(call, sourceKey, source, 1, "srem");
        if (destination == null) {
            destination = RedisSet.forFirstMember(member);
        }
        if (destination.add(member, Sets.maxIntsetEntries(call))) {
            call.db().written(destinationKey, destination, 1, call.now());
            call.notifyKeyspaceEvent(NotifyType.SET, "sadd", destinationKey);
        }
        return Reply.ONE;
    }
}
