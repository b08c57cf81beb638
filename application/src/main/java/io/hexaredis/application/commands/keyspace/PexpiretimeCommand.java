package io.hexaredis.application.commands.keyspace;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * PEXPIRETIME key
 *
 * <p>Redis: pexpiretimeCommand() in expire.c. The Unix time in milliseconds at which the key
 * expires; -1 if it has no expiry, -2 if it does not exist. See {@link TtlGeneric}.
 */
final class PexpiretimeCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("pexpiretime", 2, CommandFlag.READONLY, CommandFlag.FAST)
            .keys(1, 1, 1).syntax("key").since("7.0.0")
            .summary("Get the expiration Unix timestamp for a key in milliseconds");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return TtlGeneric.ttl(call, true, true);
    }
}
