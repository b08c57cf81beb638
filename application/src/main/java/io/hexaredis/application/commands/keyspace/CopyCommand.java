package io.hexaredis.application.commands.keyspace;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.bytes.ByteStrings;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.NotifyType;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;
import io.hexaredis.domain.keyspace.Database;
import java.util.Arrays;

/**
 * COPY source destination [DB destination-db] [REPLACE]
 *
 * <p>Redis: copyCommand() in db.c. Stores an independent copy of the value of {@code source},
 * with its expiry, under {@code destination}, in the selected database or in {@code DB n}. 1 when
 * copied; 0 when the source is missing, or the destination exists and REPLACE was not given.
 * Options are read left to right and may repeat (the last DB wins), so a bad DB index is reported
 * before a later unknown word. Copying a key onto itself in the same database is an error.
 * Notifies "copy_to" for the destination, in its database.
 */
final class CopyCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("copy", -3, CommandFlag.WRITE, CommandFlag.DENYOOM)
            .keys(1, 2, 1).syntax("source destination [DB destination-db] [REPLACE]").since("6.2.0")
            .summary("Copy a key")
            .complexity("O(N) worst case for collections, where N is the number of nested items. O(1) for string values.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        Database src = call.db();
        Database dst = src;
        boolean replace = false;
        for (int i = 3; i < call.argc(); i++) {
            byte[] option = call.arg(i);
            if (ByteStrings.equalsIgnoreCase(option, "replace")) {
                replace = true;
            } else if (ByteStrings.equalsIgnoreCase(option, "db") && i + 1 < call.argc()) {
                dst = TargetDb.resolve(call, call.arg(++i));
            } else {
                throw RedisError.SYNTAX;
            }
        }
        byte[] from = call.arg(1);
        byte[] to = call.arg(2);
        if (src == dst && Arrays.equals(from, to)) {
            throw TargetDb.SAME_OBJECT;
        }
        if (!src.copy(from, dst, to, replace, call.now())) {
            return Reply.ZERO;
        }
        call.notifyKeyspaceEvent(NotifyType.GENERIC, "copy_to", to, dst.id());
        return Reply.ONE;
    }
}
