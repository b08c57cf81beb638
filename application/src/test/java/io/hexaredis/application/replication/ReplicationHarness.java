package io.hexaredis.application.replication;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.commands.StandardCommands;
import io.hexaredis.application.config.Config;
import io.hexaredis.application.dispatch.Call;
import io.hexaredis.application.dispatch.CommandDispatcher;
import io.hexaredis.application.dispatch.Propagator;
import io.hexaredis.application.pubsub.KeyspaceEvents;
import io.hexaredis.application.pubsub.PubSub;
import io.hexaredis.application.server.ClientOutput;
import io.hexaredis.application.server.ClientSession;
import io.hexaredis.application.server.Clients;
import io.hexaredis.application.server.ServerState;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.keyspace.Databases;
import io.hexaredis.domain.replication.EffectCodec;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A server whose propagation goes into a real {@link Backlog}, with clients whose output is
 * recorded as the bytes a replica would read, and a master connector that records what the
 * replica side asks of it: the replication twin of {@link CommandHarness}.
 */
final class ReplicationHarness {

    /** A client's output as the bytes of the raw replies it was sent, plus the other replies. */
    static final class Output implements ClientOutput {
        final ByteArrayOutputStream raw = new ByteArrayOutputStream();
        final List<Reply> replies = new ArrayList<>();
        boolean killed;
        long pending;

        @Override
        public void send(Reply reply) {
            if (reply instanceof Reply.Raw r) {
                raw.write(r.bytes(), 0, r.bytes().length);
            } else {
                replies.add(reply);
            }
        }

        @Override
        public void closeAfterReply() {
            killed = true;
        }

        @Override
        public void kill() {
            killed = true;
        }

        @Override
        public long pendingBytes() {
            return pending;
        }

        String rawText() {
            return raw.toString(StandardCharsets.ISO_8859_1);
        }

        void clear() {
            raw.reset();
            replies.clear();
        }
    }

    /** Records connection attempts; the test plays the link's events. */
    static final class FakeConnector implements MasterConnector {
        final List<Handshake> handshakes = new ArrayList<>();
        final List<FakeLink> links = new ArrayList<>();

        @Override
        public Link connect(Handshake handshake, ReplicaState replica) {
            handshakes.add(handshake);
            FakeLink link = new FakeLink();
            links.add(link);
            return link;
        }

        FakeLink last() {
            return links.get(links.size() - 1);
        }
    }

    static final class FakeLink implements MasterConnector.Link {
        final ByteArrayOutputStream sent = new ByteArrayOutputStream();
        boolean closed;

        @Override
        public void send(byte[] bytes) {
            sent.write(bytes, 0, bytes.length);
        }

        @Override
        public void close() {
            closed = true;
        }

        String sentText() {
            return sent.toString(StandardCharsets.ISO_8859_1);
        }
    }

    final CommandHarness.ManualClock clock = new CommandHarness.ManualClock();
    final Config config = Config.standard();
    final Databases keyspace = new Databases(16);
    final ServerState server = new ServerState(config, keyspace, new Clients(), clock);
    final Replicas replicas = new Replicas(clock, server.outputBufferLimits());
    final Backlog backlog = new Backlog(replicas, config.getLong("repl-backlog-size"));
    final FakePersistence.Store store = new FakePersistence.Store();
    final io.hexaredis.application.persistence.Persistence persistence =
            FakePersistence.create(config, keyspace, clock, store);
    final FullSync fullSync = new FullSync(persistence);
    final Replication replication = new Replication(server, backlog, replicas, fullSync);
    final FakeConnector connector = new FakeConnector();
    final CommandDispatcher dispatcher;
    final List<byte[]> loaded = new ArrayList<>();

    ReplicationHarness() {
        server.setBoundPort(6380);
        PubSub pubsub = new PubSub(server.outputBufferLimits(), clock::millis);
        dispatcher = new CommandDispatcher(StandardCommands.table(), server, new Propagator(backlog), pubsub,
                new KeyspaceEvents(pubsub, config), replication);
        replication.replica().setConnector(connector);
        replication.replica().setLoader(loaded::add);
    }

    Call client() {
        ClientSession session = new ClientSession(server.clients().nextId(), "10.0.0." + server.clients().size() + ":4000",
                "127.0.0.1:6379", 8, clock.millis(), new Output());
        session.setAuthenticated(true);
        server.clients().add(session);
        return dispatcher.newCall(session);
    }

    static Output output(Call client) {
        return (Output) client.session().output();
    }

    Reply run(Call client, String... words) {
        byte[][] argv = new byte[words.length][];
        for (int i = 0; i < words.length; i++) {
            argv[i] = words[i].getBytes(StandardCharsets.UTF_8);
        }
        return dispatcher.dispatch(client, argv);
    }

    /** Closes {@code client} as the transport would. */
    void close(Call client) {
        dispatcher.disconnected(client.session());
        server.clients().remove(client.session());
    }

    /** The stream bytes of these commands, as a master sends them. */
    static byte[] stream(String... commands) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String command : commands) {
            String[] words = command.split(" ");
            byte[][] argv = new byte[words.length][];
            for (int i = 0; i < words.length; i++) {
                argv[i] = words[i].getBytes(StandardCharsets.UTF_8);
            }
            EffectCodec.encode(argv, out);
        }
        return out.toByteArray();
    }

    static String text(Reply reply) {
        if (reply instanceof Reply.Raw r) {
            return new String(r.bytes(), StandardCharsets.ISO_8859_1);
        }
        return CommandHarness.text(reply);
    }

    /** The value of an INFO replication field. */
    String info(String field) {
        for (String line : replication.info().split("\r\n")) {
            if (line.startsWith(field + ":")) {
                return line.substring(field.length() + 1);
            }
        }
        return null;
    }

    /**
     * Lets the background snapshot finish and the cron notice it, as the event loop would; then
     * beforeSleep(), where replicas whose payload is out go online.
     */
    void finishSnapshot() {
        for (int i = 0; i < 400 && fullSync.inProgress(); i++) {
            persistence.serverCron();
            if (fullSync.inProgress()) {
                pause();
            }
        }
        replication.beforeSleep();
    }

    /** A few milliseconds for the snapshot's thread (not time for the server: its clock is manual). */
    static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Makes this server a replica of a master at 10.0.0.1:6379 with history {@code replid} at {@code offset}. */
    FakeLink followSynchronized(String replid, long offset) {
        Call operator = client();
        run(operator, "REPLICAOF", "10.0.0.1", "6379");
        FakeLink link = connector.last();
        ReplicaState replica = replication.replica();
        replica.onConnected(link);
        replica.onFullResync(link, replid, offset);
        replica.onSnapshot(link, new byte[] {1});
        link.sent.reset();
        return link;
    }
}
