package io.hexaredis.application.commands.keyspace;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * EXPIREAT key unix-time-seconds [NX | XX | GT | LT]
 *
 * <p>Redis: expireatCommand() in expire.c. The time is absolute, in seconds since the Unix epoch.
 * 1 if the expiry was set (or the key deleted, for a time already past), 0 if the key is missing
 * or the condition not met. Propagated as PEXPIREAT with the absolute time in milliseconds; see
 * {@link ExpireGeneric}.
 */
final class ExpireatCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("expireat", -3, CommandFlag.WRITE, CommandFlag.FAST)
            .keys(1, 1, 1).syntax("key unix-time-seconds [NX | XX | GT | LT]").since("1.2.0")
            .summary("Set the expiration for a key as a UNIX timestamp");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return ExpireGeneric.expire(call, 0, true);
    }
}
