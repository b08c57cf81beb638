package io.hexaredis.application;

import io.hexaredis.application.commands.StandardCommands;
import io.hexaredis.application.dispatch.Call;
import io.hexaredis.application.dispatch.CommandDispatcher;
import io.hexaredis.application.dispatch.KeyspaceNotifier;
import io.hexaredis.application.dispatch.Propagator;
import io.hexaredis.application.server.ClientSession;
import io.hexaredis.domain.command.NotifyType;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.replication.Effect;
import io.hexaredis.domain.replication.ReplicationLog;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A client of a {@link CommandHarness}'s server whose commands' keyspace notifications are
 * recorded, as "event key" lines (with the class character: "h hset k", "g del k").
 */
public final class KeyspaceEventRecorder implements KeyspaceNotifier {

    public final List<String> events = new ArrayList<>();
    private final CommandDispatcher dispatcher;
    private final Call call;

    public KeyspaceEventRecorder(CommandHarness h) {
        ReplicationLog ignored = new ReplicationLog() {
            @Override
            public void append(Effect effect) {}

            @Override
            public long offset() {
                return 0;
            }
        };
        dispatcher = new CommandDispatcher(StandardCommands.table(), h.server, new Propagator(ignored), this);
        ClientSession session = new ClientSession(h.server.clients().nextId(), "127.0.0.1:49999", "127.0.0.1:6379", 99,
                h.clock.millis(), new CommandHarness.RecordingOutput());
        session.setAuthenticated(true);
        call = dispatcher.newCall(session);
    }

    public Reply run(String... words) {
        byte[][] argv = new byte[words.length][];
        for (int i = 0; i < words.length; i++) {
            argv[i] = words[i].getBytes(StandardCharsets.UTF_8);
        }
        return dispatcher.dispatch(call, argv);
    }

    @Override
    public void notify(NotifyType type, String event, byte[] key, int db) {
        events.add(type.flag() + " " + event + " " + new String(key, StandardCharsets.UTF_8));
    }
}
