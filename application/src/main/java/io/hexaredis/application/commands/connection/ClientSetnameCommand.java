package io.hexaredis.application.commands.connection;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.application.server.ClientSession;
import io.hexaredis.domain.bytes.Bytes;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;

/**
 * CLIENT SETNAME connection-name
 *
 * <p>Redis: clientSetNameOrReply() in networking.c. The name shows in CLIENT LIST as {@code name=},
 * so it must not break that line: only the printable ASCII characters '!' to '~' are allowed, no
 * spaces. An empty name removes the name.
 */
final class ClientSetnameCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("client|setname", 3, CommandFlag.NOSCRIPT, CommandFlag.LOADING, CommandFlag.STALE)
            .group(CommandGroup.CONNECTION).syntax("connection-name").since("2.6.9")
            .complexity("O(1)")
            .summary("Set the current connection name");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    static final RedisError INVALID_NAME =
            new RedisError("ERR Client names cannot contain spaces, newlines or special characters.");

    @Override
    public Reply execute(Call call) {
        setName(call.session(), call.arg(2));
        return Reply.OK;
    }

    /** Validates and sets (or, when empty, removes) the name; HELLO SETNAME uses it too. */
    static void setName(ClientSession session, byte[] name) {
        for (byte b : name) {
            if (b < '!' || b > '~') {
                throw INVALID_NAME;
            }
        }
        session.setName(name.length == 0 ? null : Bytes.of(name));
    }
}
