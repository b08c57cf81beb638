package io.hexaredis.application.commands.connection;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.bytes.ByteStrings;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;

/**
 * CLIENT NO-EVICT &lt;ON | OFF&gt;
 *
 * <p>Redis: clientCommand() in networking.c. Exempts the connection from client eviction
 * (maxmemory-clients); shown as the {@code e} flag in CLIENT LIST.
 */
final class ClientNoEvictCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("client|no-evict", 3, CommandFlag.ADMIN, CommandFlag.NOSCRIPT, CommandFlag.LOADING, CommandFlag.STALE)
            .group(CommandGroup.CONNECTION).syntax("<ON | OFF>").since("7.0.0")
            .complexity("O(1)")
            .summary("Set client eviction mode for the current connection");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        byte[] mode = call.arg(2);
        if (ByteStrings.equalsIgnoreCase(mode, "ON")) {
            call.session().setNoEvict(true);
        } else if (ByteStrings.equalsIgnoreCase(mode, "OFF")) {
            call.session().setNoEvict(false);
        } else {
            throw RedisError.SYNTAX;
        }
        return Reply.OK;
    }
}
