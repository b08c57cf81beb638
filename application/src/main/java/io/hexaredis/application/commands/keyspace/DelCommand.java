package io.hexaredis.application.commands.keyspace;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * DEL key [key ...]
 *
 * <p>Redis: delCommand() in db.c. Answers the number of keys that existed and were removed; each
 * one notifies "del". Propagated as sent when at least one key was deleted.
 */
final class DelCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("del", -2, CommandFlag.WRITE)
            .keys(1, -1, 1).syntax("key [key ...]").since("1.0.0")
            .summary("Delete a key")
            .complexity("O(N) where N is the number of keys that will be removed. When a key to remove holds a value other than a string, the individual complexity for this key is O(M) where M is the number of elements in the list, set, sorted set or hash. Removing a single key that holds a string value is O(1).");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return DelGeneric.delete(call);
    }
}
