package io.hexaredis.application.commands.keyspace;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.keyspace.Database;

/**
 * EXISTS key [key ...]
 *
 * <p>Redis: existsCommand() in db.c. Counts the named keys that exist: a key named three times
 * counts three times. Looking does not count as an access (the key's idle time goes on).
 */
final class ExistsCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("exists", -2, CommandFlag.READONLY, CommandFlag.FAST)
            .keys(1, -1, 1).syntax("key [key ...]").since("1.0.0")
            .summary("Determine if a key exists")
            .complexity("O(N) where N is the number of keys to check.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        Database db = call.db();
        long count = 0;
        for (int i = 1; i < call.argc(); i++) {
            if (db.peek(call.arg(i), call.now()) != null) {
                count++;
            }
        }
        return Reply.integer(count);
    }
}
