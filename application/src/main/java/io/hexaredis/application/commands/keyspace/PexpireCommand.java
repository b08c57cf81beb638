package io.hexaredis.application.commands.keyspace;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * PEXPIRE key milliseconds [NX | XX | GT | LT]
 *
 * <p>Redis: pexpireCommand() in expire.c. The time is relative, in milliseconds. 1 if the expiry
 * was set (or the key deleted, for a time already past), 0 if the key is missing or the condition
 * not met. Propagated as PEXPIREAT with the absolute time in milliseconds; see {@link
 * ExpireGeneric}.
 */
final class PexpireCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("pexpire", -3, CommandFlag.WRITE, CommandFlag.FAST)
            .keys(1, 1, 1).syntax("key milliseconds [NX | XX | GT | LT]").since("2.6.0")
            .summary("Set a key's time to live in milliseconds");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return ExpireGeneric.expire(call, call.now(), false);
    }
}
