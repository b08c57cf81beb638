package io.hexaredis.application.commands.connection;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * PING [message]
 *
 * <p>Redis: pingCommand() in server.c. Answers PONG, or the message as a bulk string. Clients use it
 * to check that the connection works and to measure latency; Lettuce sends one right after HELLO.
 */
final class PingCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("ping", -1, CommandFlag.FAST)
            .group(CommandGroup.CONNECTION).syntax("[message]").since("1.0.0").summary("Ping the server");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        if (call.argc() > 2) {
            return Reply.error("ERR wrong number of arguments for 'ping' command");
        }
        if (call.session().inPubSub() && call.session().protocol() == 2) {
            // A RESP2 subscriber reads everything as messages: PING answers in message form.
            return Reply.array(Reply.bulk("pong"), Reply.bulk(call.argc() == 1 ? new byte[0] : call.arg(1)));
        }
        return call.argc() == 1 ? Reply.PONG : Reply.bulk(call.arg(1));
    }
}
