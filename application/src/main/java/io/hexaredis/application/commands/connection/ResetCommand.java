package io.hexaredis.application.commands.connection;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.application.server.ClientSession;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * RESET
 *
 * <p>Redis: resetCommand() and clearClientConnectionState() in networking.c. Puts the connection
 * back in the state of a new one, so a connection pool can hand it to someone else: database 0,
 * RESP2, no name, replies on, no-evict off, out of MULTI and pub/sub, and authenticated only if the
 * default user needs no password. Answers the status {@code RESET}. Like QUIT it is allowed before
 * authentication and never queued in MULTI.
 */
final class ResetCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("reset", 1, CommandFlag.NOSCRIPT, CommandFlag.LOADING,
                    CommandFlag.STALE, CommandFlag.FAST, CommandFlag.NO_AUTH, CommandFlag.ALLOW_BUSY)
            .group(CommandGroup.CONNECTION).since("6.2.0").summary("Reset the connection");

    private static final Reply RESET = Reply.status("RESET");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        ClientSession s = call.session();
        s.selectDb(0);
        s.setProtocol(2);
        s.setAuthenticated(Authentication.noPassword(call));
        call.dispatcher().clearClientState(s);
        s.setName(null);
        s.setNoEvict(false);
        s.setReplyMode(ClientSession.ReplyMode.ON);
        return RESET;
    }
}
