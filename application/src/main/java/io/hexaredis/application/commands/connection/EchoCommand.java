package io.hexaredis.application.commands.connection;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * ECHO message
 *
 * <p>Redis: echoCommand() in server.c. The message comes back as a bulk string, byte for byte.
 */
final class EchoCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("echo", 2, CommandFlag.LOADING, CommandFlag.STALE, CommandFlag.FAST)
            .group(CommandGroup.CONNECTION).syntax("message").since("1.0.0").summary("Echo the given string");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return Reply.bulk(call.arg(1));
    }
}
