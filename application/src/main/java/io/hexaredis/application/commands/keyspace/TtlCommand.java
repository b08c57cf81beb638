package io.hexaredis.application.commands.keyspace;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * TTL key
 *
 * <p>Redis: ttlCommand() in expire.c. The seconds left to live; -1 if it has no expiry, -2 if it
 * does not exist. See {@link TtlGeneric}.
 */
final class TtlCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("ttl", 2, CommandFlag.READONLY, CommandFlag.FAST)
            .keys(1, 1, 1).syntax("key").since("1.0.0")
            .summary("Get the time to live for a key in seconds");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return TtlGeneric.ttl(call, false, false);
    }
}
