package io.hexaredis.application.commands.persistence;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;

/**
 * DUMP key
 *
 * <p>Redis: dumpCommand() in cluster.c. The value of {@code key} serialized as in an RDB file,
 * followed by the RDB version (2 bytes) and a CRC64 of everything before it (8 bytes), both
 * little-endian: the payload RESTORE accepts, here or in any Redis of the same or a newer version.
 * The TTL is not included. Nil when the key does not exist.
 */
final class DumpCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("dump", 2, CommandFlag.READONLY)
            .keys(1, 1, 1).group(CommandGroup.GENERIC).since("2.6.0").syntax("key")
            .complexity("O(1) to access the key and additional O(N*M) to serialize it, where N is the number of"
                    + " Redis objects composing the value and M their average size.")
            .summary("Returns a serialized representation of the value stored at a key.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        Object value = call.db().get(call.arg(1), call.now());
        if (value == null) {
            return Reply.nil();
        }
        try {
            return Reply.bulk(call.server().persistence().snapshots().dump(value));
        } catch (IllegalStateException e) {
            throw new RedisError("ERR " + e.getMessage());
        }
    }
}
