package io.hexaredis.application.commands.connection;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.application.server.ClientInfo;
import io.hexaredis.application.server.ClientSession;
import io.hexaredis.domain.bytes.ByteStrings;
import io.hexaredis.domain.bytes.Numbers;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CLIENT LIST [TYPE &lt;NORMAL | MASTER | REPLICA | PUBSUB&gt;] [ID client-id [client-id ...]]
 *
 * <p>Redis: clientCommand() and getClientInfoString() in networking.c. One line per client, in
 * connection order, each ending with a newline (see {@link ClientInfo} for the fields); a verbatim
 * string in RESP3. Redis 7.0 takes one filter only: TYPE with one type, or ID with one or more ids
 * (listed in the order given, unknown ids skipped). An id that is not an integer is an error.
 */
final class ClientListCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("client|list", -2, CommandFlag.ADMIN, CommandFlag.NOSCRIPT, CommandFlag.LOADING, CommandFlag.STALE)
            .group(CommandGroup.CONNECTION).syntax("[TYPE <NORMAL | MASTER | REPLICA | PUBSUB>] [ID client-id [client-id ...]]").since("2.4.0")
            .complexity("O(N) where N is the number of client connections")
            .summary("Get the list of client connections");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    static final RedisError INVALID_ID = new RedisError("ERR Invalid client ID");

    @Override
    public Reply execute(Call call) {
        StringBuilder out = new StringBuilder();
        if (call.argc() == 4 && ByteStrings.equalsIgnoreCase(call.arg(2), "TYPE")) {
            String type = ClientKillCommand.type(call.arg(3));
            for (ClientSession s : call.server().clients().all()) {
                if (ClientInfo.type(s).equals(type)) {
                    out.append(line(call, s)).append('\n');
                }
            }
        } else if (call.argc() > 3 && ByteStrings.equalsIgnoreCase(call.arg(2), "ID")) {
            List<Long> ids = new ArrayList<>();
            for (int j = 3; j < call.argc(); j++) {
                try {
                    ids.add(Numbers.parseLong(call.arg(j)));
                } catch (RedisError e) {
                    throw INVALID_ID;
                }
            }
            for (long id : ids) {
                ClientSession s = call.server().clients().get(id);
                if (s != null) {
                    out.append(line(call, s)).append('\n');
                }
            }
        } else if (call.argc() != 2) {
            throw RedisError.SYNTAX;
        } else {
            for (ClientSession s : call.server().clients().all()) {
                out.append(line(call, s)).append('\n');
            }
        }
        return text(out.toString());
    }

    static String line(Call call, ClientSession s) {
        long argvMem = 0;
        if (s == call.session()) {
            for (byte[] arg : call.argv()) {
                argvMem += arg.length;
            }
        }
        return ClientInfo.line(s, call.now(), argvMem);
    }

    /** Redis answers these texts as verbatim strings ("txt"), plain bulk strings in RESP2. */
    static Reply text(String text) {
        return new Reply.Verbatim("txt", text.getBytes(StandardCharsets.UTF_8));
    }
}
