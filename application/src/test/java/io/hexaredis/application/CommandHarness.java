package io.hexaredis.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.commands.StandardCommands;
import io.hexaredis.application.config.Config;
import io.hexaredis.application.dispatch.Call;
import io.hexaredis.application.dispatch.CommandDispatcher;
import io.hexaredis.application.dispatch.CommandTable;
import io.hexaredis.application.pubsub.KeyspaceEvents;
import io.hexaredis.application.pubsub.PubSub;
import io.hexaredis.application.dispatch.Propagator;
import io.hexaredis.application.server.ClientOutput;
import io.hexaredis.application.server.ClientSession;
import io.hexaredis.application.server.KeyspaceNotifier;
import io.hexaredis.application.server.Clients;
import io.hexaredis.application.server.ServerState;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.NotifyType;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.keyspace.Databases;
import io.hexaredis.domain.replication.Effect;
import io.hexaredis.domain.replication.ReplicationLog;
import io.hexaredis.domain.time.Clock;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs commands through the real dispatcher and command table against a real keyspace, with a
 * manual clock and a recording replication log: the unit-test harness of the application module.
 *
 * <pre>
 *   CommandHarness h = new CommandHarness();
 *   h.run("SET", "k", "v", "EX", "10");                 // returns the Reply
 *   h.assertEffects("SET k v PXAT 1700000010000");      // what was propagated, words joined by spaces
 *   h.clock.advance(10_000);
 * </pre>
 */
public final class CommandHarness {

    /** A clock that only moves when told; starts at a fixed instant. */
    public static final class ManualClock implements Clock {
        private long millis = 1_700_000_000_000L;

        @Override
        public long millis() {
            return millis;
        }

        @Override
        public long nanos() {
            return millis * 1_000_000L;
        }

        public void advance(long ms) {
            millis += ms;
        }
    }

    /** Collects what a session would have been sent out of band (pub/sub, unblocked replies). */
    public static final class RecordingOutput implements ClientOutput {
        public final List<Reply> sent = new ArrayList<>();
        public boolean closed;
        public int unblocked;

        @Override
        public void send(Reply reply) {
            sent.add(reply);
        }

        @Override
        public void closeAfterReply() {
            closed = true;
        }

        @Override
        public void kill() {
            closed = true;
        }

        @Override
        public long pendingBytes() {
            return 0;
        }

        @Override
        public void unblocked() {
            unblocked++;
        }
    }

    public final ManualClock clock = new ManualClock();
    public final Config config = Config.standard();
    public final Databases keyspace = new Databases(16);
    public final ServerState server = new ServerState(config, keyspace, new Clients(), clock);
    public final List<Effect> effects = new ArrayList<>();
    public final PubSub pubsub;
    /**
     * Keyspace notifications as "event key", prefixed "db N: " when not db 0. The "new" event of
     * every key creation is left out unless {@link #recordNewKeys} says otherwise, so that tests
     * read as the events of the command itself.
     */
    public final List<String> notifications = new ArrayList<>();
    public boolean recordNewKeys;
    public final CommandDispatcher dispatcher;
    private final List<Call> calls = new ArrayList<>();

    public CommandHarness() {
        this(List.of());
    }

    /** A harness whose table also has {@code extraCommands} (a subcommand under test in its container...). */
    public CommandHarness(List<Command<Call>> extraCommands) {
        ReplicationLog log = new ReplicationLog() {
            @Override
            public void append(Effect effect) {
                effects.add(effect);
            }

            @Override
            public long offset() {
                return effects.size();
            }
        };
        pubsub = new PubSub(server.outputBufferLimits(), clock::millis);
        KeyspaceEvents events = new KeyspaceEvents(pubsub, config);
        KeyspaceNotifier notifier = (type, event, key, db) -> {
            if (type != NotifyType.NEW || recordNewKeys) {
                notifications.add((db == 0 ? "" : "db " + db + ": ") + event + " " + new String(key, StandardCharsets.UTF_8));
            }
            events.notify(type, event, key, db);
        };
        CommandTable table = StandardCommands.table();
        if (!extraCommands.isEmpty()) {
            List<Command<Call>> all = new ArrayList<>(table.all());
            all.addAll(extraCommands);
            table = new CommandTable(all);
        }
        dispatcher = new CommandDispatcher(table, server, new Propagator(log), pubsub, notifier);
        newClient();
    }

    /** Connects another client; {@link #run} uses the newest, {@link #runAs} any of them. */
    public Call newClient() {
        ClientSession session = new ClientSession(server.clients().nextId(), "127.0.0.1:5000" + calls.size(),
                "127.0.0.1:6379", 8 + calls.size(), clock.millis(), new RecordingOutput());
        session.setAuthenticated(true);
        server.clients().add(session);
        Call call = dispatcher.newCall(session);
        calls.add(call);
        return call;
    }

    /** What {@code client} was sent out of band (pub/sub confirmations and messages). */
    public static List<Reply> sent(Call client) {
        return output(client).sent;
    }

    /** What was sent to {@code client} out of band (the reply of a blocked command...). */
    public static RecordingOutput output(Call client) {
        return (RecordingOutput) client.session().output();
    }

    /** One turn of the event loop's timeout check: releases blocked clients whose time has passed. */
    public void handleTimeouts() {
        dispatcher.handleBlockedClientsTimeout();
    }

    public Reply run(String... words) {
        return runAs(calls.get(calls.size() - 1), words);
    }

    public Reply runAs(Call client, String... words) {
        byte[][] argv = new byte[words.length][];
        for (int i = 0; i < words.length; i++) {
            argv[i] = words[i].getBytes(StandardCharsets.UTF_8);
        }
        return dispatcher.dispatch(client, argv);
    }

    /** Each propagated effect as its words joined by spaces, prefixed "db N: " when not db 0. */
    public List<String> effectLines() {
        return effects.stream().map(e -> (e.db() == 0 ? "" : "db " + e.db() + ": ")
                + Arrays.stream(e.argv()).map(a -> new String(a, StandardCharsets.UTF_8)).collect(Collectors.joining(" ")))
                .collect(Collectors.toList());
    }

    public void assertEffects(String... expected) {
        assertEquals(List.of(expected), effectLines());
    }

    public void clearEffects() {
        effects.clear();
    }

    public void assertNotifications(String... expected) {
        assertEquals(List.of(expected), notifications);
    }

    /** Forgets what was propagated and notified so far (after setting up a test's data). */
    public void clearRecords() {
        effects.clear();
        notifications.clear();
    }

    /** A reply as text for assertions: bulk and status as their text, integers as numbers, errors prefixed "-". */
    public static String text(Reply reply) {
        if (reply instanceof Reply.Bulk b) {
            return new String(b.bytes(), StandardCharsets.UTF_8);
        }
        if (reply instanceof Reply.Status s) {
            return s.text();
        }
        if (reply instanceof Reply.Error e) {
            return "-" + e.line();
        }
        if (reply instanceof Reply.Int i) {
            return Long.toString(i.value());
        }
        if (reply instanceof Reply.Null) {
            return null;
        }
        if (reply instanceof Reply.DoubleReply d) {
            return io.hexaredis.domain.bytes.Numbers.formatDouble(d.value());
        }
        if (reply instanceof Reply.Array a) {
            return a.items().stream().map(CommandHarness::text).collect(Collectors.toList()).toString();
        }
        if (reply instanceof Reply.Push p) {
            return p.items().stream().map(CommandHarness::text).collect(Collectors.toList()).toString();
        }
        if (reply instanceof Reply.SetReply s) {
            return s.items().stream().map(CommandHarness::text).collect(Collectors.toList()).toString();
        }
        if (reply instanceof Reply.MapReply m) {
            return m.keysAndValues().stream().map(CommandHarness::text).collect(Collectors.toList()).toString();
        }
        return reply.toString();
    }
}
