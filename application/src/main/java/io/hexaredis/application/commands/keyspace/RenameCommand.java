package io.hexaredis.application.commands.keyspace;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * RENAME key newkey
 *
 * <p>Redis: renameCommand() in db.c. Moves the value and its expiry to {@code newkey}, replacing
 * anything there; "ERR no such key" if {@code key} is missing. See {@link RenameGeneric}.
 */
final class RenameCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("rename", 3, CommandFlag.WRITE)
            .keys(1, 2, 1).syntax("key newkey").since("1.0.0")
            .summary("Rename a key");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return RenameGeneric.rename(call, false);
    }
}
