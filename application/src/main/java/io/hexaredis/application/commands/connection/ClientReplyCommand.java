package io.hexaredis.application.commands.connection;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.application.server.ClientSession;
import io.hexaredis.domain.bytes.ByteStrings;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;

/**
 * CLIENT REPLY &lt;ON | OFF | SKIP&gt;
 *
 * <p>Redis: clientCommand() in networking.c. For clients that send commands and never read the
 * replies (mass imports). OFF silences every reply, this one included, until CLIENT REPLY ON, which
 * answers OK. SKIP silences itself and the reply of the next command; while OFF it changes nothing.
 * The transport applies the mode when it writes a reply (see {@link ClientSession.ReplyMode}).
 */
final class ClientReplyCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("client|reply", 3, CommandFlag.NOSCRIPT, CommandFlag.LOADING, CommandFlag.STALE)
            .group(CommandGroup.CONNECTION).syntax("<ON | OFF | SKIP>").since("3.2.0")
            .complexity("O(1)")
            .summary("Instruct the server whether to reply to commands");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        ClientSession s = call.session();
        byte[] mode = call.arg(2);
        if (ByteStrings.equalsIgnoreCase(mode, "ON")) {
            s.setReplyMode(ClientSession.ReplyMode.ON);
            return Reply.OK;
        }
        if (ByteStrings.equalsIgnoreCase(mode, "OFF")) {
            s.setReplyMode(ClientSession.ReplyMode.OFF);
            return Reply.NONE;
        }
        if (ByteStrings.equalsIgnoreCase(mode, "SKIP")) {
            if (s.replyMode() != ClientSession.ReplyMode.OFF) {
                s.setReplyMode(ClientSession.ReplyMode.SKIP_NEXT);
            }
            return Reply.NONE;
        }
        throw RedisError.SYNTAX;
    }
}
