package io.hexaredis.application.commands.replication;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.application.replication.Replication;
import io.hexaredis.domain.bytes.ByteStrings;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * REPLICAOF host port | NO ONE (and SLAVEOF, its name before Redis 5)
 *
 * <p>Redis: replicaofCommand() in replication.c. {@code host port} makes this server a replica of
 * that master, from now on: it connects in the background and answers OK at once ("+OK Already
 * connected to specified master" when it already follows that one). {@code NO ONE} makes it a
 * master again, keeping its data and, through its second replication id, the history its own
 * replicas and the other replicas of its old master can continue with. A client that is itself a
 * replica may not use the first form (it would be disconnected by it).
 */
final class ReplicaofCommand implements Command<Call> {

    private static final Logger LOG = LoggerFactory.getLogger(ReplicaofCommand.class);

    static final CommandSpec REPLICAOF = CommandSpec.of("replicaof", 3, CommandFlag.ADMIN, CommandFlag.NOSCRIPT,
                    CommandFlag.STALE, CommandFlag.NO_ASYNC_LOADING)
            .group(CommandGroup.SERVER).syntax("host port")
            .summary("Make the server a replica of another instance, or promote it as master.")
            .complexity("O(1)").since("5.0.0");

    static final CommandSpec SLAVEOF = CommandSpec.of("slaveof", 3, CommandFlag.ADMIN, CommandFlag.NOSCRIPT,
                    CommandFlag.STALE, CommandFlag.NO_ASYNC_LOADING)
            .group(CommandGroup.SERVER).syntax("host port")
            .summary("Make the server a replica of another instance, or promote it as master.")
            .complexity("O(1)").since("1.0.0");

    private final CommandSpec spec;

    ReplicaofCommand(CommandSpec spec) {
        this.spec = spec;
    }

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public Reply execute(Call call) {
        Replication replication = call.replication();
        if (ByteStrings.lowerAscii(call.arg(1)).equals("no") && ByteStrings.lowerAscii(call.arg(2)).equals("one")) {
            if (replication.isReplica()) {
                replication.replica().promote();
                remember(call, "no one");
                LOG.info("MASTER MODE enabled (user request from 'id={} addr={}')", call.session().id(),
                        call.session().address());
            }
            return Reply.OK;
        }
        if (call.session().isReplica()) {
            return Reply.error("ERR Command is not valid when client is a replica.");
        }
        long port;
        try {
            port = call.longArg(2);
        } catch (RedisError e) {
            port = -1;
        }
        if (port < 0 || port > 65535) {
            return Reply.error("ERR Invalid master port");
        }
        String host = new String(call.arg(1), StandardCharsets.UTF_8);
        if (replication.isReplica() && replication.replica().masterHost().equalsIgnoreCase(host)
                && replication.replica().masterPort() == port) {
            LOG.info("REPLICAOF would result into synchronization with the master we are already connected with."
                    + " No operation performed.");
            return Reply.status("OK Already connected to specified master");
        }
        replication.replica().follow(host, (int) port);
        remember(call, host + " " + port);
        LOG.info("REPLICAOF {}:{} enabled (user request from 'id={} addr={}')", host, port, call.session().id(),
                call.session().address());
        return Reply.OK;
    }

    /**
     * The replicaof parameter follows the command, so that CONFIG REWRITE writes the current master
     * into the config file, as Sentinel expects after SLAVEOF (the parameter is immutable to
     * CONFIG SET, hence the start-up form of the change).
     */
    private static void remember(Call call, String value) {
        call.server().config().set(java.util.Map.of("replicaof", value), true);
    }
}
