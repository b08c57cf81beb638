package io.hexaredis.application.commands.connection;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * QUIT
 *
 * <p>Redis: handled at the top of processCommand() in server.c (Redis 7.0 has no quitCommand()).
 * Answers OK and closes the connection once the OK and every reply before it are written. Redis
 * accepts it with any arguments, before authentication, and never queues it in MULTI.
 */
final class QuitCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("quit", -1, CommandFlag.NOSCRIPT, CommandFlag.LOADING,
                    CommandFlag.STALE, CommandFlag.FAST, CommandFlag.NO_AUTH, CommandFlag.ALLOW_BUSY)
            .group(CommandGroup.CONNECTION).since("1.0.0").summary("Close the connection");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        call.session().markClosing();
        return Reply.OK;
    }
}
