package io.hexaredis.application.commands.keyspace;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * EXPIRETIME key
 *
 * <p>Redis: expiretimeCommand() in expire.c. The Unix time in seconds at which the key expires; -1
 * if it has no expiry, -2 if it does not exist. See {@link TtlGeneric}.
 */
final class ExpiretimeCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("expiretime", 2, CommandFlag.READONLY, CommandFlag.FAST)
            .keys(1, 1, 1).syntax("key").since("7.0.0")
            .summary("Get the expiration Unix timestamp for a key");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return TtlGeneric.ttl(call, false, true);
    }
}
