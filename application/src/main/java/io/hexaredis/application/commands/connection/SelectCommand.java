package io.hexaredis.application.commands.connection;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;

/**
 * SELECT index
 *
 * <p>Redis: selectCommand() in db.c. Changes the database of this client only.
 */
final class SelectCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("select", 2, CommandFlag.LOADING, CommandFlag.STALE, CommandFlag.FAST)
            .group(CommandGroup.CONNECTION).syntax("index").since("1.0.0")
            .summary("Changes the selected database.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        long index;
        try {
            index = call.longArg(1);
        } catch (RedisError e) {
            throw new RedisError("ERR invalid DB index");
        }
        if (index < 0 || index >= call.keyspace().databases()) {
            throw RedisError.DB_INDEX_OUT_OF_RANGE;
        }
        call.session().selectDb((int) index);
        return Reply.OK;
    }
}
