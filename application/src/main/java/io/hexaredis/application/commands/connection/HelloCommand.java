package io.hexaredis.application.commands.connection;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.application.server.ServerState;
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
 * HELLO [protover [AUTH username password] [SETNAME clientname]]
 *
 * <p>Redis: helloCommand() in networking.c. The handshake of RESP3-aware clients (Lettuce, Jedis's
 * RedisClient, redis-cli -3): it switches the connection to RESP2 or RESP3, can authenticate and
 * name the client in the same round trip, and answers a map describing the server:
 * <pre>
 *   server "redis"  version "7.0.15"  proto 3  id 5  mode "standalone"  role "master"  modules []
 * </pre>
 * The map is encoded in the protocol just chosen, so {@code HELLO 3} already answers with a RESP3
 * map and {@code HELLO 2} with a flat array. Without protover, nothing changes and the map is
 * returned. Options take effect as they are read, the way Redis 7.0 does it: a SETNAME or AUTH
 * before a bad option is applied even though the command then fails, and a name is set even when
 * the client turns out not to be authenticated. The protocol changes only when everything
 * succeeded. An unauthenticated client must authenticate in HELLO itself, or gets a NOAUTH
 * explaining how.
 */
final class HelloCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("hello", -1, CommandFlag.NOSCRIPT, CommandFlag.LOADING,
                    CommandFlag.STALE, CommandFlag.FAST, CommandFlag.NO_AUTH, CommandFlag.ALLOW_BUSY)
            .group(CommandGroup.CONNECTION).syntax("[protover [AUTH username password] [SETNAME clientname]]")
            .since("6.0.0").summary("Handshake with Redis");

    static final RedisError NOT_AN_INTEGER = new RedisError("ERR Protocol version is not an integer or out of range");
    static final RedisError NOPROTO = new RedisError("NOPROTO unsupported protocol version");
    static final RedisError NOAUTH = new RedisError("NOAUTH HELLO must be called with the client already "
            + "authenticated, otherwise the HELLO AUTH <user> <pass> option can be used to authenticate "
            + "the client and select the RESP protocol version at the same time");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        int protocol = 0;
        if (call.argc() >= 2) {
            long version;
            try {
                version = Numbers.parseLong(call.arg(1));
            } catch (RedisError e) {
                throw NOT_AN_INTEGER;
            }
            if (version < 2 || version > 3) {
                throw NOPROTO;
            }
            protocol = (int) version;
        }
        for (int j = 2; j < call.argc(); j++) {
            int more = call.argc() - 1 - j;
            byte[] option = call.arg(j);
            if (ByteStrings.equalsIgnoreCase(option, "AUTH") && more >= 2) {
                Authentication.authenticate(call, call.arg(j + 1), call.arg(j + 2));
                j += 2;
            } else if (ByteStrings.equalsIgnoreCase(option, "SETNAME") && more >= 1) {
                ClientSetnameCommand.setName(call.session(), call.arg(j + 1));
                j++;
            } else {
                throw new RedisError("ERR Syntax error in HELLO option '" + new String(option, StandardCharsets.UTF_8) + "'");
            }
        }
        if (!call.session().authenticated() && !Authentication.noPassword(call)) {
            throw NOAUTH;
        }
        if (protocol != 0) {
            call.session().setProtocol(protocol);
        }
        return Reply.map(List.of(
                Reply.bulk("server"), Reply.bulk("redis"),
                Reply.bulk("version"), Reply.bulk(ServerState.REDIS_VERSION),
                Reply.bulk("proto"), Reply.integer(call.session().protocol()),
                Reply.bulk("id"), Reply.integer(call.session().id()),
                Reply.bulk("mode"), Reply.bulk("standalone"),
                Reply.bulk("role"), Reply.bulk(role(call)),
                Reply.bulk("modules"), Reply.EMPTY_ARRAY));
    }

    /** "master", or "replica" when the server follows a master (replicaof is set). */
    private static String role(Call call) {
        return call.server().config().get("replicaof").isEmpty() ? "master" : "replica";
    }
}
