package io.hexaredis.application.commands.keyspace;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * RENAMENX key newkey
 *
 * <p>Redis: renamenxCommand() in db.c. RENAME only when {@code newkey} does not exist: 1 if renamed,
 * 0 if not; "ERR no such key" if {@code key} is missing. See {@link RenameGeneric}.
 */
final class RenamenxCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("renamenx", 3, CommandFlag.WRITE, CommandFlag.FAST)
            .keys(1, 2, 1).syntax("key newkey").since("1.0.0")
            .summary("Rename a key, only if the new key does not exist");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return RenameGeneric.rename(call, true);
    }
}
