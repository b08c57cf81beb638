package io.hexaredis.application.commands.keyspace;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.NotifyType;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.keyspace.Database;

/**
 * PERSIST key
 *
 * <p>Redis: persistCommand() in expire.c. Removes the key's time to live: 1 if it had one, 0 if
 * it had none or the key is missing. Notifies "persist"; propagated only when a TTL was removed.
 */
final class PersistCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("persist", 2, CommandFlag.WRITE, CommandFlag.FAST)
            .keys(1, 1, 1).syntax("key").since("2.2.0")
            .summary("Remove the expiration from a key");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        byte[] key = call.arg(1);
        Database db = call.db();
        if (db.lookup(key, call.now()) == null || !db.persist(key)) {
            return Reply.ZERO;
        }
        call.notifyKeyspaceEvent(NotifyType.GENERIC, "persist", key);
        return Reply.ONE;
    }
}
