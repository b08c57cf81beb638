package io.hexaredis.adapter.replication.replica;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hexaredis.application.commands.StandardCommands;
import io.hexaredis.application.config.Config;
import io.hexaredis.application.dispatch.CommandDispatcher;
import io.hexaredis.application.dispatch.Propagator;
import io.hexaredis.application.pubsub.KeyspaceEvents;
import io.hexaredis.application.pubsub.PubSub;
import io.hexaredis.application.replication.Backlog;
import io.hexaredis.application.replication.FullSync;
import io.hexaredis.application.replication.Replicas;
import io.hexaredis.application.replication.Replication;
import io.hexaredis.application.server.Clients;
import io.hexaredis.application.server.ServerState;
import io.hexaredis.domain.keyspace.Databases;
import io.hexaredis.domain.time.SystemClock;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The link against a scripted master on a real socket: what the replica says, and what it makes
 * of each kind of answer. The "event loop" is a single thread, as in the server.
 */
class MasterLinkTest {

    private static final String ID = "c".repeat(40);

    private final ExecutorService loop = Executors.newSingleThreadExecutor();
    private final Config config = Config.standard();
    private final Databases keyspace = new Databases(16);
    private final ServerState server = new ServerState(config, keyspace, new Clients(), new SystemClock());
    private final Replication replication;
    private final List<byte[]> loaded = new ArrayList<>();
    private final ServerSocket master;

    MasterLinkTest() throws IOException {
        Replicas replicas = new Replicas(server.clock(), server.outputBufferLimits());
        Backlog backlog = new Backlog(replicas, 1 << 20);
        replication = new Replication(server, backlog, replicas, new FullSync());
        PubSub pubsub = new PubSub(server.outputBufferLimits(), server.clock()::millis);
        new CommandDispatcher(StandardCommands.table(), server, new Propagator(backlog), pubsub,
                new KeyspaceEvents(pubsub, config), replication);
        replication.replica().setConnector(new MasterLink(loop, server.clock()));
        replication.replica().setLoader(loaded::add);
        server.setBoundPort(6390);
        master = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        master.setSoTimeout(5000);
    }

    @AfterEach
    void stop() throws Exception {
        onLoop(() -> {
            replication.replica().promote();
            return null;
        });
        master.close();
        loop.shutdownNow();
    }

    private <T> T onLoop(Callable<T> task) throws Exception {
        return loop.submit(task).get(5, TimeUnit.SECONDS);
    }

    /** Polls the event loop until {@code condition} holds (the link works on its own thread). */
    private void await(Callable<Boolean> condition) throws Exception {
        for (int i = 0; i < 500; i++) {
            if (onLoop(condition)) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("condition not reached");
    }

    private void follow() throws Exception {
        onLoop(() -> {
            replication.replica().followAtStartup("127.0.0.1", master.getLocalPort());
            return null;
        });
    }

    /** The master's end of the conversation. */
    private static final class Peer {
        final Socket socket;
        final InputStream in;
        final OutputStream out;

        Peer(Socket socket) throws IOException {
            this.socket = socket;
            socket.setSoTimeout(5000);
            this.in = new BufferedInputStream(socket.getInputStream());
            this.out = socket.getOutputStream();
        }

        /** Reads one command the replica sent, as its words joined by spaces. */
        String read() throws IOException {
            String header = line();
            int n = Integer.parseInt(header.substring(1));
            List<String> words = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int len = Integer.parseInt(line().substring(1));
                byte[] word = in.readNBytes(len + 2);
                words.add(new String(word, 0, len, StandardCharsets.UTF_8));
            }
            return String.join(" ", words);
        }

        private String line() throws IOException {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            int c;
            while ((c = in.read()) != '\n') {
                if (c < 0) {
                    throw new IOException("closed");
                }
                if (c != '\r') {
                    b.write(c);
                }
            }
            return b.toString(StandardCharsets.UTF_8);
        }

        void send(String s) throws IOException {
            send(s.getBytes(StandardCharsets.ISO_8859_1));
        }

        void send(byte[] bytes) throws IOException {
            out.write(bytes);
            out.flush();
        }
    }

    private Peer handshake() throws IOException {
        Peer peer = new Peer(master.accept());
        assertEquals("PING", peer.read());
        peer.send("+PONG\r\n");
        assertEquals("REPLCONF listening-port 6390", peer.read());
        assertEquals("REPLCONF capa eof capa psync2", peer.read());
        peer.send("+OK\r\n+OK\r\n");
        return peer;
    }

    @Test
    void aDisklessFullResyncLoadsThePayloadBeforeTheMarkThenAppliesTheStream() throws Exception {
        follow();
        Peer peer = handshake();
        assertEquals("PSYNC ? -1", peer.read());
        String mark = "m".repeat(40);
        byte[] rdb = "REDIS0010-pretend-payload".getBytes(StandardCharsets.ISO_8859_1);
        peer.send("+FULLRESYNC " + ID + " 100\r\n\n\n$EOF:" + mark + "\r\n");
        peer.send(rdb);
        peer.send(mark);
        assertEquals("REPLCONF ACK 100", peer.read());
        peer.send("*2\r\n$6\r\nSELECT\r\n$1\r\n0\r\n*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$1\r\nv\r\n");
        await(() -> keyspace.totalKeys() == 1);
        assertArrayEquals(rdb, loaded.get(0));
        assertEquals(150, (long) onLoop(() -> replication.replica().appliedOffset()));
        assertEquals(ID, onLoop(() -> replication.backlog().replicationId()));
        peer.send("*3\r\n$8\r\nREPLCONF\r\n$6\r\nGETACK\r\n$1\r\n*\r\n");
        assertEquals("REPLCONF ACK 150", peer.read());
    }

    @Test
    void aPayloadWithALengthIsReadExactlyAndWhatFollowsIsStream() throws Exception {
        follow();
        Peer peer = handshake();
        peer.read();
        byte[] rdb = new byte[100_000];
        for (int i = 0; i < rdb.length; i++) {
            rdb[i] = (byte) i;
        }
        peer.send("+FULLRESYNC " + ID + " 0\r\n$" + rdb.length + "\r\n");
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.write(rdb);
        all.write("*3\r\n$3\r\nSET\r\n$1\r\na\r\n$1\r\n1\r\n".getBytes(StandardCharsets.US_ASCII));
        peer.send(all.toByteArray());
        await(() -> keyspace.totalKeys() == 1);
        assertArrayEquals(rdb, loaded.get(0));
    }

    @Test
    void aContinueResumesWithoutPayloadAndAnAuthFailureIsReported() throws Exception {
        config.set("masterauth", "pw");
        follow();
        Peer peer = new Peer(master.accept());
        assertEquals("PING", peer.read());
        peer.send("-NOAUTH Authentication required.\r\n");
        assertEquals("AUTH pw", peer.read());
        peer.read();
        peer.read();
        peer.send("-WRONGPASS invalid username-password pair or user is disabled.\r\n+OK\r\n+OK\r\n");
        await(() -> replication.replica().state().word().equals("connect"));
        peer.socket.close();
    }

    @Test
    void aPartialResynchronizationContinuesTheCachedHistory() throws Exception {
        follow();
        Peer peer = handshake();
        peer.read();
        peer.send("+FULLRESYNC " + ID + " 10\r\n$0\r\n");
        assertEquals("REPLCONF ACK 10", peer.read());
        peer.send("*3\r\n$3\r\nSET\r\n$1\r\na\r\n$1\r\n1\r\n");
        await(() -> keyspace.totalKeys() == 1);
        peer.socket.close();
        await(() -> replication.replica().state().word().equals("connect"));
        onLoop(() -> {
            replication.cron();
            return null;
        });
        Peer again = handshake();
        assertEquals("PSYNC " + ID + " 38", again.read());
        again.send("+CONTINUE " + ID + "\r\n*3\r\n$3\r\nSET\r\n$1\r\nb\r\n$1\r\n2\r\n");
        await(() -> keyspace.totalKeys() == 2);
        assertTrue(onLoop(() -> replication.replica().linkUp()));
        assertEquals(1, loaded.size());
    }
}
