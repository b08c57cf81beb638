package io.hexaredis.application.commands.keyspace;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * PEXPIREAT key unix-time-milliseconds [NX | XX | GT | LT]
 *
 * <p>Redis: pexpireatCommand() in expire.c. The time is absolute, in milliseconds since the Unix
 * epoch. 1 if the expiry was set (or the key deleted, for a time already past), 0 if the key is
 * missing or the condition not met. Already deterministic, so propagated as sent (or as DEL);
 * see {@link ExpireGeneric}.
 */
final class PexpireatCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("pexpireat", -3, CommandFlag.WRITE, CommandFlag.FAST)
            .keys(1, 1, 1).syntax("key unix-time-milliseconds [NX | XX | GT | LT]").since("2.6.0")
            .summary("Set the expiration for a key as a UNIX timestamp specified in milliseconds");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return ExpireGeneric.expire(call, 0, false);
    }
}
