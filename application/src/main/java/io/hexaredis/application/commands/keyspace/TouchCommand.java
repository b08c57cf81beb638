package io.hexaredis.application.commands.keyspace;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.keyspace.Database;

/**
 * TOUCH key [key ...]
 *
 * <p>Redis: touchCommand() in db.c. Reads each key as GET would, which records the access (OBJECT
 * IDLETIME starts again from 0), and answers how many of them exist, duplicates included. A
 * read-only command: never propagated, though the expired keys it meets are.
 */
final class TouchCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("touch", -2, CommandFlag.READONLY, CommandFlag.FAST)
            .keys(1, -1, 1).syntax("key [key ...]").since("3.2.1")
            .summary("Alters the last access time of a key(s). Returns the number of existing keys specified.")
            .complexity("O(N) where N is the number of keys that will be touched.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        Database db = call.db();
        long count = 0;
        for (int i = 1; i < call.argc(); i++) {
            if (db.lookup(call.arg(i), call.now()) != null) {
                count++;
            }
        }
        return Reply.integer(count);
    }
}
