package io.hexaredis.adapter.replication.replica;

import io.hexaredis.application.replication.MasterConnector;
import io.hexaredis.application.replication.ReplicaState;
import io.hexaredis.domain.replication.EffectCodec;
import io.hexaredis.domain.time.Clock;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A replica's connection to its master, one thread per connection attempt, with blocking I/O.
 *
 * <p>Redis: connectWithMaster(), syncWithMaster(), slaveTryPartialResynchronization() and
 * readSyncBulkPayload() in replication.c, which do the same as a state machine of non-blocking
 * handlers; here the conversation reads top to bottom:
 * <pre>
 *   replica                                   master
 *   PING                               ──►    +PONG (or -NOAUTH: fine, AUTH comes next)
 *   AUTH [masteruser] masterauth       ──►    +OK                 (only with masterauth)
 *   REPLCONF listening-port 6380       ──►    +OK
 *   REPLCONF ip-address 10.0.0.2       ──►    +OK                 (only with replica-announce-ip)
 *   REPLCONF capa eof capa psync2      ──►    +OK
 *   PSYNC &lt;replid&gt; &lt;offset&gt;    ──►    +FULLRESYNC &lt;replid&gt; &lt;offset&gt;
 *                                      ◄──    "\n" ... (keep-alives while the snapshot is taken)
 *                                      ◄──    $&lt;len&gt;\r\n&lt;rdb&gt;     or  $EOF:&lt;40 chars&gt;\r\n&lt;rdb&gt;&lt;the 40 chars&gt;
 *                                   or ◄──    +CONTINUE [&lt;new replid&gt;]
 *                                      ◄──    the stream, forever; REPLCONF ACK &lt;offset&gt; goes back every second
 * </pre>
 * Each step is reported to {@link ReplicaState} on the event loop, through the {@link Executor}
 * bootstrap gives (the event loop's task queue); nothing here touches the keyspace. Events of an
 * attempt that was closed are dropped, so a REPLICAOF that changes master never sees the old one.
 */
public final class MasterLink implements MasterConnector {

    private static final Logger LOG = LoggerFactory.getLogger(MasterLink.class);

    private static final int EOF_MARK_SIZE = 40;                  // RDB_EOF_MARK_SIZE
    private static final int READ_CHUNK = 16 * 1024;              // PROTO_IOBUF_LEN
    private static final long PROGRESS_EVERY_NANOS = 1_000_000_000L;

    private final Executor eventLoop;
    private final Clock clock;

    public MasterLink(Executor eventLoop, Clock clock) {
        this.eventLoop = eventLoop;
        this.clock = clock;
    }

    @Override
    public Link connect(Handshake handshake, ReplicaState replica) {
        Attempt attempt = new Attempt(handshake, replica);
        Thread thread = new Thread(attempt, "hexaredis-master-link");
        thread.setDaemon(true);
        thread.start();
        return attempt;
    }

    /** A master's refusal or a broken conversation: the link fails with this message. */
    private static final class LinkFailure extends IOException {
        LinkFailure(String message) {
            super(message);
        }
    }

    private final class Attempt implements Link, Runnable {

        private final Handshake handshake;
        private final ReplicaState replica;
        private final Socket socket = new Socket();
        private volatile boolean closed;
        private InputStream in;
        private OutputStream out;

        Attempt(Handshake handshake, ReplicaState replica) {
            this.handshake = handshake;
            this.replica = replica;
        }

        @Override
        public void run() {
            try {
                int timeout = (int) Math.min(Integer.MAX_VALUE, handshake.timeoutMillis());
                socket.connect(new InetSocketAddress(handshake.host(), handshake.port()), timeout);
                socket.setSoTimeout(timeout);
                socket.setTcpNoDelay(true);
                socket.setKeepAlive(true);
                in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
                out = socket.getOutputStream();
                report(r -> r.onConnected(this));
                LOG.info("Non blocking connect for SYNC fired the event.");
                handshake();
                psync();
            } catch (IOException | RuntimeException e) {
                if (!closed) {
                    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                    report(r -> r.onLinkLost(this, reason));
                }
            } finally {
                closeSocket();
            }
        }

        /** PING, then AUTH and the REPLCONFs, pipelined, then their replies in order (syncWithMaster()). */
        private void handshake() throws IOException {
            sendCommand("PING");
            String pong = readLine();
            if (pong.startsWith("-") && !pong.startsWith("-NOAUTH") && !pong.startsWith("-NOPERM")
                    && !pong.startsWith("-ERR operation not permitted")) {
                throw new LinkFailure("Error reply to PING from master: '" + pong + "'");
            }
            LOG.info("Master replied to PING, replication can continue...");
            List<String> sent = new ArrayList<>();
            if (handshake.masterAuth() != null) {
                if (handshake.masterUser() != null) {
                    sendCommand("AUTH", handshake.masterUser(), handshake.masterAuth());
                } else {
                    sendCommand("AUTH", handshake.masterAuth());
                }
                sent.add("AUTH");
            }
            sendCommand("REPLCONF", "listening-port", Integer.toString(handshake.listeningPort()));
            sent.add("listening-port");
            if (handshake.announceIp() != null) {
                sendCommand("REPLCONF", "ip-address", handshake.announceIp());
                sent.add("ip-address");
            }
            sendCommand("REPLCONF", "capa", "eof", "capa", "psync2");
            sent.add("capa");
            for (String what : sent) {
                String reply = readLine();
                if (!reply.startsWith("-")) {
                    continue;
                }
                if (what.equals("AUTH")) {
                    throw new LinkFailure("Unable to AUTH to MASTER: " + reply);
                }
                LOG.info("(Non critical) Master does not understand REPLCONF {}: {}", what, reply);
            }
        }

        /** PSYNC and what follows it (slaveTryPartialResynchronization(), readSyncBulkPayload()). */
        private void psync() throws IOException {
            sendCommand("PSYNC", handshake.psyncReplid(), Long.toString(handshake.psyncOffset()));
            String reply;
            do {
                reply = readLine(); // empty lines: the master keeps the link alive before answering
            } while (reply.isEmpty());
            if (reply.startsWith("+FULLRESYNC")) {
                String[] words = reply.split(" ");
                if (words.length != 3) {
                    throw new LinkFailure("Master replied with wrong +FULLRESYNC syntax.");
                }
                String replid = words[1];
                long offset = Long.parseLong(words[2]);
                report(r -> r.onFullResync(this, replid, offset));
                byte[] rest = receivePayload();
                if (rest.length > 0) {
                    report(r -> r.onStream(this, rest));
                }
            } else if (reply.startsWith("+CONTINUE")) {
                String newReplid = reply.length() > "+CONTINUE ".length() ? reply.substring("+CONTINUE ".length()).trim()
                        : null;
                report(r -> r.onContinue(this, newReplid == null || newReplid.isEmpty() ? null : newReplid));
            } else if (reply.startsWith("-NOMASTERLINK") || reply.startsWith("-LOADING")) {
                throw new LinkFailure("Master is currently unable to PSYNC but should be in the future: " + reply);
            } else {
                throw new LinkFailure("Unexpected reply to PSYNC from master: " + reply);
            }
            stream();
        }

        /**
         * The snapshot: "$len" then exactly len bytes, or "$EOF:mark" then bytes up to the same 40
         * characters. Returns stream bytes that came right after the payload, if any.
         */
        private byte[] receivePayload() throws IOException {
            String header;
            do {
                header = readLine();
            } while (header.isEmpty());
            if (header.startsWith("-")) {
                throw new LinkFailure("MASTER aborted replication with an error: " + header.substring(1));
            }
            if (!header.startsWith("$")) {
                throw new LinkFailure("Bad protocol from MASTER, the first byte is not '$' (we received '" + header
                        + "'), are you sure the host and port are right?");
            }
            ByteArrayOutputStream payload = new ByteArrayOutputStream(READ_CHUNK);
            byte[] chunk = new byte[READ_CHUNK];
            long lastReport = clock.nanos();
            if (header.startsWith("$EOF:")) {
                byte[] mark = header.substring(5).getBytes(StandardCharsets.ISO_8859_1);
                if (mark.length != EOF_MARK_SIZE) {
                    throw new LinkFailure("Bad EOF mark from MASTER: " + header);
                }
                LOG.info("MASTER <-> REPLICA sync: receiving streamed RDB from master with EOF to disk");
                byte[] tail = new byte[0]; // the last bytes before this chunk: the mark may straddle two reads
                while (true) {
                    int n = in.read(chunk);
                    if (n < 0) {
                        throw new EOFException("I/O error trying to sync with MASTER: connection lost");
                    }
                    int before = payload.size();
                    payload.write(chunk, 0, n);
                    byte[] window = new byte[tail.length + n];
                    System.arraycopy(tail, 0, window, 0, tail.length);
                    System.arraycopy(chunk, 0, window, tail.length, n);
                    int found = indexOf(window, mark);
                    if (found >= 0) {
                        int at = before - tail.length + found;
                        byte[] all = payload.toByteArray();
                        byte[] rdb = Arrays.copyOf(all, at);
                        report(r -> r.onSnapshot(this, rdb));
                        return Arrays.copyOfRange(all, at + EOF_MARK_SIZE, all.length);
                    }
                    tail = Arrays.copyOfRange(window, Math.max(0, window.length - (EOF_MARK_SIZE - 1)), window.length);
                    lastReport = progress(payload.size(), -1, lastReport);
                }
            }
            long size = Long.parseLong(header.substring(1));
            if (size < 0 || size > Integer.MAX_VALUE - 16) {
                throw new LinkFailure("Bad payload length from MASTER: " + header);
            }
            LOG.info("MASTER <-> REPLICA sync: receiving {} bytes from master to disk", size);
            while (payload.size() < size) {
                int n = in.read(chunk, 0, (int) Math.min(chunk.length, size - payload.size()));
                if (n < 0) {
                    throw new EOFException("I/O error trying to sync with MASTER: connection lost");
                }
                payload.write(chunk, 0, n);
                lastReport = progress(payload.size(), size, lastReport);
            }
            byte[] rdb = payload.toByteArray();
            report(r -> r.onSnapshot(this, rdb));
            return new byte[0];
        }

        private long progress(long read, long total, long lastReport) {
            long now = clock.nanos();
            if (now - lastReport < PROGRESS_EVERY_NANOS) {
                return lastReport;
            }
            report(r -> r.onTransferProgress(this, read, total));
            return now;
        }

        /** The command stream: whatever arrives goes to the event loop, in order, until the link ends. */
        private void stream() throws IOException {
            socket.setSoTimeout(0); // the replica's cron watches the master's silence (repl-timeout)
            byte[] chunk = new byte[READ_CHUNK];
            while (!closed) {
                int n = in.read(chunk);
                if (n < 0) {
                    throw new EOFException("connection closed by the master");
                }
                byte[] bytes = Arrays.copyOf(chunk, n);
                report(r -> r.onStream(this, bytes));
            }
        }

        private void report(Consumer<ReplicaState> event) {
            eventLoop.execute(() -> {
                if (!closed) {
                    event.accept(replica);
                }
            });
        }

        private void sendCommand(String... words) throws IOException {
            byte[][] argv = new byte[words.length][];
            for (int i = 0; i < words.length; i++) {
                argv[i] = words[i].getBytes(StandardCharsets.UTF_8);
            }
            write(EffectCodec.encode(argv));
        }

        private void write(byte[] bytes) throws IOException {
            synchronized (this) {
                out.write(bytes);
                out.flush();
            }
        }

        /** One line without its CRLF (connSyncReadLine()). */
        private String readLine() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream(64);
            while (true) {
                int b = in.read();
                if (b < 0) {
                    throw new EOFException("connection closed by the master during the handshake");
                }
                if (b == '\n') {
                    break;
                }
                if (b != '\r') {
                    line.write(b);
                }
            }
            return line.toString(StandardCharsets.ISO_8859_1);
        }

        @Override
        public void send(byte[] bytes) {
            if (closed || out == null) {
                return;
            }
            try {
                write(bytes);
            } catch (IOException e) {
                closeSocket(); // the reading thread sees the failure and reports the link lost
            }
        }

        @Override
        public void close() {
            closed = true;
            closeSocket();
        }

        private void closeSocket() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    /** Where {@code mark} starts in {@code bytes}, or -1. */
    static int indexOf(byte[] bytes, byte[] mark) {
        outer:
        for (int i = 0; i + mark.length <= bytes.length; i++) {
            for (int j = 0; j < mark.length; j++) {
                if (bytes[i + j] != mark[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
