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
 * <p>Redis: selectCommand() in db.c. Changes the database of this client only. The index is read
 * as a C int first, hence two different errors for "not a number" and "too big for an int".
 */
final class SelectCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("select", 2, CommandFlag.LOADING, CommandFlag.STALE, CommandFlag.FAST)
            .group(CommandGroup.CONNECTION).syntax("index").since("1.0.0")
            .summary("Change the selected database for the current connection");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    /** getIntFromObjectOrReply(): a number that does not fit a C int. */
    static final RedisError NOT_AN_INT =
            new RedisError("ERR value is out of range, value must between -2147483648 and 2147483647");

    @Override
    public Reply execute(Call call) {
        long index = call.longArg(1);
        if (index < Integer.MIN_VALUE || index > Integer.MAX_VALUE) {
            throw NOT_AN_INT;
        }
        if (index < 0 || index >= call.keyspace().databases()) {
            throw RedisError.DB_INDEX_OUT_OF_RANGE;
        }
        call.session().selectDb((int) index);
        return Reply.OK;
    }
}
