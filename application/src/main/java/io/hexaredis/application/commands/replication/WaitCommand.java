package io.hexaredis.application.commands.replication;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.bytes.Numbers;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;

/**
 * WAIT numreplicas timeout
 *
 * <p>Redis: waitCommand() in replication.c. Blocks the client until {@code numreplicas} replicas
 * acknowledged all its writes so far, or {@code timeout} milliseconds pass (0: forever), and
 * answers how many did. It answers at once when enough already did, and inside MULTI (where
 * nothing may block). The master asks its replicas for an ACK right away ("REPLCONF GETACK *" in
 * the stream). WAIT makes no write durable: it tells how many replicas have it.
 */
final class WaitCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("wait", 3, CommandFlag.NOSCRIPT)
            .group(CommandGroup.GENERIC).syntax("numreplicas timeout")
            .summary("Wait for the synchronous replication of all the write commands sent in the context of the current connection")
            .complexity("O(1)").since("3.0.0");

    static final String ON_REPLICA = "ERR WAIT cannot be used with replica instances. Please also note that since"
            + " Redis 4.0 if a replica is configured to be writable (which is not the default) writes to replicas are"
            + " just local and are not propagated.";

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        if (call.replication().isReplica()) {
            return Reply.error(ON_REPLICA);
        }
        long numReplicas = call.longArg(1);
        long timeout;
        try {
            timeout = Numbers.parseLong(call.arg(2));
        } catch (RedisError e) {
            return Reply.error("ERR timeout is not an integer or out of range");
        }
        if (timeout < 0) {
            return Reply.error("ERR timeout is negative");
        }
        return call.replication().waitForReplicas(call.session(), numReplicas, timeout, call.mayBlock());
    }
}
