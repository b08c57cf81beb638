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
import java.util.List;

/**
 * CLIENT KILL &lt;ip:port | &lt;[ID client-id] | [TYPE &lt;NORMAL | MASTER | SLAVE | REPLICA | PUBSUB&gt;] |
 * [USER username] | [ADDR ip:port] | [LADDR ip:port] | [SKIPME &lt;YES | NO&gt;]&gt; ...&gt;
 *
 * <p>Redis: clientKillCommand() in networking.c. Two forms:
 * <ul>
 *   <li>the old one, {@code CLIENT KILL ip:port}: kills the client connected from that address,
 *       answers OK or "ERR No such client", and may kill the caller itself;
 *   <li>the new one, filter/value pairs that must all match: kills every matching client and
 *       answers how many. SKIPME (default YES) spares the caller.
 * </ul>
 * Other clients are closed at once, unwritten replies dropped. The caller, when it kills itself,
 * still receives its reply and is closed after it.
 */
final class ClientKillCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("client|kill", -3, CommandFlag.ADMIN, CommandFlag.NOSCRIPT, CommandFlag.LOADING, CommandFlag.STALE)
            .group(CommandGroup.CONNECTION).syntax("<ip:port | <[ID client-id] | [TYPE <NORMAL | MASTER | SLAVE | REPLICA | PUBSUB>] | [USER username] | [ADDR ip:port] | [LADDR ip:port] | [SKIPME <YES | NO>]> [[ID client-id] | [TYPE <NORMAL | MASTER | SLAVE | REPLICA | PUBSUB>] | [USER username] | [ADDR ip:port] | [LADDR ip:port] | [SKIPME <YES | NO>] ...]>").since("2.4.0")
            .complexity("O(N) where N is the number of client connections")
            .summary("Kill the connection of a client");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    static final RedisError NO_SUCH_CLIENT = new RedisError("ERR No such client");
    static final RedisError BAD_ID = new RedisError("ERR client-id should be greater than 0");

    @Override
    public Reply execute(Call call) {
        String addr = null;
        String laddr = null;
        String type = null;
        long id = 0;
        boolean skipMe = true;
        if (call.argc() == 3) {
            addr = ascii(call.arg(2));
            skipMe = false; // the old form can kill the caller
        } else {
            for (int i = 2; i < call.argc(); i += 2) {
                boolean more = i + 1 < call.argc();
                byte[] option = call.arg(i);
                if (!more) {
                    throw RedisError.SYNTAX;
                }
                byte[] value = call.arg(i + 1);
                if (ByteStrings.equalsIgnoreCase(option, "ID")) {
                    id = Numbers.parseLongOr(value, 0);
                    if (id <= 0) {
                        throw BAD_ID;
                    }
                } else if (ByteStrings.equalsIgnoreCase(option, "TYPE")) {
                    type = type(value);
                } else if (ByteStrings.equalsIgnoreCase(option, "ADDR")) {
                    addr = ascii(value);
                } else if (ByteStrings.equalsIgnoreCase(option, "LADDR")) {
                    laddr = ascii(value);
                } else if (ByteStrings.equalsIgnoreCase(option, "USER")) {
                    if (!Authentication.isDefaultUser(value)) { // every client is the default user's
                        throw new RedisError("ERR No such user '" + new String(value, StandardCharsets.UTF_8) + "'");
                    }
                } else if (ByteStrings.equalsIgnoreCase(option, "SKIPME")) {
                    if (ByteStrings.equalsIgnoreCase(value, "YES")) {
                        skipMe = true;
                    } else if (ByteStrings.equalsIgnoreCase(value, "NO")) {
                        skipMe = false;
                    } else {
                        throw RedisError.SYNTAX;
                    }
                } else {
                    throw RedisError.SYNTAX;
                }
            }
        }
        ClientSession me = call.session();
        int killed = 0;
        for (ClientSession s : List.copyOf(call.server().clients().all())) {
            if ((addr != null && !addr.equals(s.address()))
                    || (laddr != null && !laddr.equals(s.localAddress()))
                    || (type != null && !type.equals(ClientInfo.type(s)))
                    || (id != 0 && s.id() != id)
                    || (s == me && skipMe)) {
                continue;
            }
            if (s == me) {
                me.markClosing();
            } else {
                s.output().kill();
            }
            killed++;
        }
        if (call.argc() == 3) {
            if (killed == 0) {
                throw NO_SUCH_CLIENT;
            }
            return Reply.OK;
        }
        return Reply.integer(killed);
    }

    /** A TYPE argument as {@link ClientInfo#type} names it, or Redis's error for an unknown type. */
    static String type(byte[] name) {
        String type = ClientInfo.typeByName(ascii(name));
        if (type == null) {
            throw new RedisError("ERR Unknown client type '" + new String(name, StandardCharsets.UTF_8) + "'");
        }
        return type;
    }

    private static String ascii(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }
}
