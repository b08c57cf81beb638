package io.hexaredis.application.commands.replication;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.application.replication.Replication;
import io.hexaredis.application.server.ClientSession;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import java.nio.charset.StandardCharsets;

/**
 * PSYNC replicationid offset / SYNC
 *
 * <p>Redis: syncCommand() in replication.c, which serves both. PSYNC asks to continue the history
 * {@code replicationid} from byte {@code offset}: the answer is "+CONTINUE [id]" followed by the
 * missing bytes of the backlog, or "+FULLRESYNC id offset" followed by a snapshot (as soon as one
 * is taken) and the stream from that offset. "PSYNC ? -1" asks for a full resynchronization on
 * purpose. SYNC is the protocol before PSYNC: a snapshot without the +FULLRESYNC line. Either way
 * the connection is a replica from then on, and a second SYNC on it is ignored without a reply.
 * Refused by a replica whose own link is down (-NOMASTERLINK) and when replies are still pending.
 */
final class SyncCommand implements Command<Call> {

    static final CommandSpec PSYNC = CommandSpec.of("psync", -3, CommandFlag.ADMIN, CommandFlag.NOSCRIPT,
                    CommandFlag.NO_ASYNC_LOADING, CommandFlag.NO_MULTI)
            .group(CommandGroup.SERVER).syntax("replicationid offset")
            .summary("Internal command used for replication").since("2.8.0");

    static final CommandSpec SYNC = CommandSpec.of("sync", 1, CommandFlag.ADMIN, CommandFlag.NOSCRIPT,
                    CommandFlag.NO_ASYNC_LOADING, CommandFlag.NO_MULTI)
            .group(CommandGroup.SERVER).summary("Internal command used for replication").since("1.0.0");

    private final CommandSpec spec;

    SyncCommand(CommandSpec spec) {
        this.spec = spec;
    }

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public Reply execute(Call call) {
        ClientSession session = call.session();
        if (session.isReplica()) {
            return Reply.NONE;
        }
        Replication replication = call.replication();
        String refusal = replication.syncRefusal(session);
        if (refusal != null) {
            return Reply.error(refusal);
        }
        if (spec == SYNC) {
            return replication.sync(session);
        }
        long offset = call.longArg(2);
        return replication.psync(session, new String(call.arg(1), StandardCharsets.ISO_8859_1), offset);
    }
}
