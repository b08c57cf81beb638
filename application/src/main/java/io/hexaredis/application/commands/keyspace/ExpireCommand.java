package io.hexaredis.application.commands.keyspace;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * EXPIRE key seconds [NX | XX | GT | LT]
 *
 * <p>Redis: expireCommand() in expire.c. The time is relative, in seconds. 1 if the expiry was set
 * (or the key deleted, for a time already past), 0 if the key is missing or the condition not met.
 * Propagated as PEXPIREAT with the absolute time in milliseconds; see {@link ExpireGeneric}.
 */
final class ExpireCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("expire", -3, CommandFlag.WRITE, CommandFlag.FAST)
            .keys(1, 1, 1).syntax("key seconds [NX | XX | GT | LT]").since("1.0.0")
            .summary("Set a key's time to live in seconds");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return ExpireGeneric.expire(call, call.now(), true);
    }
}
