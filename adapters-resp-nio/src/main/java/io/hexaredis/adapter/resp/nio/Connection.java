package io.hexaredis.adapter.resp.nio;

import io.hexaredis.adapter.resp.codec.OutputBuffer;
import io.hexaredis.adapter.resp.codec.ProtocolException;
import io.hexaredis.adapter.resp.codec.RespDecoder;
import io.hexaredis.adapter.resp.codec.RespEncoder;
import io.hexaredis.application.dispatch.Call;
import io.hexaredis.application.server.ClientInfo;
import io.hexaredis.application.server.ClientOutput;
import io.hexaredis.application.server.ClientSession;
import io.hexaredis.domain.command.Reply;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection: the socket, its query buffer and decoder, its reply buffer, and the
 * session the application keeps for it. Redis: the {@code client} struct of server.h and its I/O
 * in networking.c.
 *
 * <p>Lifecycle, all on the event-loop thread:
 * <pre>
 *   accepted ──► reading ──(complete request)──► dispatch ──► reply appended to the output buffer
 *                  ▲                                                        │
 *                  └─────────── beforeSleep(): write the output buffer ◄────┘
 *   closing: QUIT, CLIENT KILL, a protocol error (after the error line is written), EOF, I/O error,
 *            an unfinished request past client-query-buffer-limit (at once, no reply)
 * </pre>
 * The socket is read once per readiness event; every complete request in what arrived is run in
 * order (pipelining), their replies are appended, and the output is written once per batch. If the
 * socket cannot take all of it, the connection waits for write readiness and reads nothing more
 * until the backlog drains, so a client that does not read its replies cannot grow our memory.
 * Replies pass through the session's CLIENT REPLY mode on their way to the buffer.
 */
final class Connection implements ClientOutput {

    private static final Logger LOG = LoggerFactory.getLogger(Connection.class);
    private static final int INITIAL_READ_BUFFER = 16 * 1024;
    private static final int MAX_READ_BUFFER = 256 * 1024;

    private final SocketChannel channel;
    private final EventLoop loop;
    private final RespDecoder decoder;
    private final OutputBuffer out = new OutputBuffer();
    private ByteBuffer in = ByteBuffer.allocate(INITIAL_READ_BUFFER);
    private SelectionKey key;
    private ClientSession session;
    private Call call;
    private boolean queuedForWrite;
    private boolean closeAfterWrite;
    private boolean closed;
    private boolean processing;
    private boolean writeBlocked;
    private long replyPeak;

    Connection(SocketChannel channel, EventLoop loop, RespDecoder decoder) {
        this.channel = channel;
        this.loop = loop;
        this.decoder = decoder;
    }

    void attach(SelectionKey key, ClientSession session, Call call) {
        this.key = key;
        this.session = session;
        this.call = call;
    }

    ClientSession session() {
        return session;
    }

    /** readQueryFromClient(): read what the socket has, then run the complete requests. */
    void readQueryFromClient() {
        if (!in.hasRemaining()) {
            growReadBuffer();
        }
        int n;
        try {
            n = channel.read(in);
        } catch (IOException e) {
            LOG.debug("Client {} read error: {}", session.address(), e.getMessage());
            close();
            return;
        }
        if (n < 0) {
            close();
            return;
        }
        loop.server().stats().netInputBytes += n;
        if (queryBufferOverLimit()) {
            return;
        }
        processInputBuffer();
    }

    /**
     * client-query-buffer-limit: a client that sent more than the limit of one unfinished request
     * is closed without a reply, and the server logs why, as Redis does. Masters are exempt: their
     * stream is trusted and may carry big transactions.
     */
    private boolean queryBufferOverLimit() {
        long pending = (long) in.position() + decoder.bigBulkReceived();
        if (pending <= loop.limits().queryBufferLimit() || session.isMaster()) {
            return false;
        }
        byte[] head = new byte[Math.min(64, in.position())];
        in.get(0, head);
        LOG.warn("Closing client that reached max query buffer length: {} (qbuf initial bytes: {})",
                ClientInfo.line(session, loop.server().clock().millis(), 0), printable(head));
        close();
        return true;
    }

    /** The bytes in double quotes, escaped the way Redis's log shows them (sdscatrepr()). */
    private static String printable(byte[] bytes) {
        StringBuilder sb = new StringBuilder("\"");
        for (byte b : bytes) {
            int c = b & 0xff;
            switch (c) {
                case '\\', '"' -> sb.append('\\').append((char) c);
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c >= 32 && c < 127 ? String.valueOf((char) c) : String.format("\\x%02x", c));
            }
        }
        return sb.append('"').toString();
    }

    /** processInputBuffer(): decode and dispatch every complete request in the query buffer. */
    void processInputBuffer() {
        in.flip();
        processing = true;
        try {
            while (!closeAfterWrite && !closed && !session.blocked()) {
                byte[][] argv;
                try {
                    decoder.setAuthRequired(loop.dispatcher().authRequired(session));
                    argv = decoder.decode(in);
                } catch (ProtocolException e) {
                    LOG.debug("Protocol error from client {}: {}", session.address(), e.line());
                    RespEncoder.encode(Reply.error(e.line()), session.protocol(), out);
                    closeAfterReply();
                    break;
                }
                if (argv == null) {
                    break;
                }
                if (argv.length == 0) {
                    continue;
                }
                Reply reply = loop.dispatcher().dispatch(call, argv);
                writeReply(reply);
                if (session.closing()) {
                    closeAfterReply();
                }
            }
        } finally {
            processing = false;
            in.compact();
        }
        queueWrite();
    }

    private void writeReply(Reply reply) {
        switch (session.replyMode()) {
            case ON -> RespEncoder.encode(reply, session.protocol(), out);
            case SKIP_NEXT -> session.setReplyMode(ClientSession.ReplyMode.SKIP); // this was CLIENT REPLY SKIP itself
            case SKIP -> session.setReplyMode(ClientSession.ReplyMode.ON);
            case OFF -> { }
        }
    }

    @Override
    public void send(Reply reply) {
        if (closed) {
            return;
        }
        RespEncoder.encode(reply, session.protocol(), out);
        queueWrite();
    }

    /**
     * The client was blocked (BLPOP...) and has just been answered: the requests it sent while
     * blocked wait in the query buffer, and are run by the event loop before it sleeps again.
     */
    @Override
    public void unblocked() {
        if (!closed) {
            loop.queueUnblocked(this);
        }
    }

    /** Runs the requests that arrived while the client was blocked (processUnblockedClients()). */
    void processUnblocked() {
        if (!closed && !session.blocked() && in.position() > 0) {
            processInputBuffer();
        }
    }

    @Override
    public void closeAfterReply() {
        closeAfterWrite = true;
        queueWrite();
    }

    @Override
    public void kill() {
        if (loop.isCurrent(this)) {
            closeAfterReply(); // the client killed itself: it still gets its OK
        } else {
            close();
        }
    }

    @Override
    public long pendingBytes() {
        return out.pending();
    }

    @Override
    public Buffers buffers() {
        // While requests are processed the read buffer is flipped: its unread bytes are position..limit.
        long unread = processing ? in.remaining() : in.position();
        return new Buffers(unread + decoder.bigBulkReceived(), in.capacity() - unread, out.capacity(),
                Math.max(replyPeak, out.pending()), out.pending(), writeBlocked);
    }

    private void queueWrite() {
        if (!queuedForWrite && !closed) {
            queuedForWrite = true;
            loop.queueWrite(this);
        }
    }

    /** writeToClient(): write as much of the output as the socket takes. */
    void writeToClient() {
        queuedForWrite = false;
        if (closed) {
            return;
        }
        replyPeak = Math.max(replyPeak, out.pending());
        try {
            while (!out.isEmpty()) {
                ByteBuffer pending = out.readable();
                int written = channel.write(pending);
                if (written <= 0) {
                    break;
                }
                loop.server().stats().netOutputBytes += written;
                out.consumed(written);
            }
        } catch (IOException e) {
            LOG.debug("Client {} write error: {}", session.address(), e.getMessage());
            close();
            return;
        }
        if (out.isEmpty()) {
            if (closeAfterWrite) {
                close();
                return;
            }
            writeBlocked = false;
            key.interestOps(SelectionKey.OP_READ);
        } else {
            // The socket is full: wait until it drains, and stop reading requests meanwhile.
            writeBlocked = true;
            key.interestOps(SelectionKey.OP_WRITE);
        }
    }

    /** The socket became writable again after a partial write. */
    void onWritable() {
        writeToClient();
        if (out.isEmpty() && !closed && in.position() > 0) {
            processInputBuffer(); // requests that arrived while we were waiting to write
        }
    }

    private void growReadBuffer() {
        int size = Math.min(in.capacity() * 2, MAX_READ_BUFFER);
        if (size <= in.capacity()) {
            size = in.capacity() + INITIAL_READ_BUFFER;
        }
        ByteBuffer bigger = ByteBuffer.allocate(size);
        in.flip();
        bigger.put(in);
        in = bigger;
    }

    void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (key != null) {
            key.cancel();
        }
        try {
            channel.close();
        } catch (IOException e) {
            LOG.debug("Closing client {}: {}", session == null ? "?" : session.address(), e.getMessage());
        }
        loop.closed(this);
    }

    boolean isClosed() {
        return closed;
    }
}
