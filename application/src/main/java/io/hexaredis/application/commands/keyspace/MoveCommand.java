package io.hexaredis.application.commands.keyspace;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.NotifyType;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.keyspace.Database;

/**
 * MOVE key db
 *
 * <p>Redis: moveCommand() in db.c. Moves the key, value and expiry, from the selected database to
 * database {@code db}: 1 if moved, 0 if the key is missing here or already exists there (nothing
 * is overwritten). Naming the selected database is an error. Notifies "move_from" in the source
 * database and "move_to" in the target.
 */
final class MoveCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("move", 3, CommandFlag.WRITE, CommandFlag.FAST)
            .keys(1, 1, 1).syntax("key db").since("1.0.0")
            .summary("Move a key to another database");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        Database src = call.db();
        Database dst = TargetDb.resolve(call, call.arg(2));
        if (src == dst) {
            throw TargetDb.SAME_OBJECT;
        }
        byte[] key = call.arg(1);
        if (!src.move(key, dst, call.now())) {
            return Reply.ZERO;
        }
        call.notifyKeyspaceEvent(NotifyType.GENERIC, "move_from", key, src.id());
        call.notifyKeyspaceEvent(NotifyType.GENERIC, "move_to", key, dst.id());
        return Reply.ONE;
    }
}
