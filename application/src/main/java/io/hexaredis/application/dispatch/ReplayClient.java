package io.hexaredis.application.dispatch;

import io.hexaredis.application.server.ClientOutput;
import io.hexaredis.application.server.ClientSession;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.persistence.CommandReplay;

/**
 * The client that replays the append-only file at start-up: a session without a connection, whose
 * replies go nowhere.
 *
 * <p>Redis: createAOFClient() in aof.c (a fake client with id CLIENT_ID_AOF). The AOF holds the
 * commands clients sent, in the same bytes, so loading it means running them again, through the
 * same dispatcher and the same commands; SELECT in the file switches this client's database. A
 * command that is not in the table stops the load; other errors are ignored, as Redis ignores what
 * it would have replied to this client.
 */
public final class ReplayClient implements CommandReplay {

    /** Redis's CLIENT_ID_AOF is UINT64_MAX, which reads as -1 in a signed long. */
    private static final long AOF_CLIENT_ID = -1;

    private static final ClientOutput NOWHERE = new ClientOutput() {
        @Override
        public void send(Reply reply) {}

        @Override
        public void closeAfterReply() {}

        @Override
        public void kill() {}

        @Override
        public long pendingBytes() {
            return 0;
        }
    };

    private final CommandDispatcher dispatcher;
    private final Call call;

    public ReplayClient(CommandDispatcher dispatcher, long now) {
        this.dispatcher = dispatcher;
        ClientSession session = new ClientSession(AOF_CLIENT_ID, "", "", -1, now, NOWHERE);
        session.setAuthenticated(true);
        this.call = dispatcher.newCall(session);
    }

    @Override
    public boolean replay(byte[][] argv) {
        if (dispatcher.table().lookup(argv[0]) == null) {
            return false;
        }
        dispatcher.dispatch(call, argv);
        return true;
    }
}
