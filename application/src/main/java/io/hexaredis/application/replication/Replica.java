package io.hexaredis.application.replication;

import io.hexaredis.application.server.ClientSession;
import java.util.ArrayList;
import java.util.List;

/**
 * One replica attached to this server: a client connection that sent SYNC or PSYNC, and what the
 * master knows about it.
 *
 * <p>Redis keeps this in the replica's {@code client} struct: {@code replstate},
 * {@code slave_listening_port}, {@code slave_addr}, {@code slave_capa}, {@code repl_ack_off} and
 * {@code repl_ack_time}. The states, as INFO names them:
 * <pre>
 *   wait_bgsave ──(snapshot ready: payload queued)──► send_bulk ──► online
 *        │                                                            ▲
 *        └── the stream produced meanwhile is held ───────────────────┘ and sent after the payload
 * </pre>
 * With an end-of-file mark payload (diskless), the stream is held a little longer, until the
 * replica's first REPLCONF ACK: it cannot tell the end of the payload from stream bytes glued to
 * it (Redis: {@code repl_start_cmd_stream_on_ack}).
 */
public final class Replica {

    /** replstate, with INFO's words. */
    public enum State {
        WAIT_BGSAVE("wait_bgsave"), SEND_BULK("send_bulk"), ONLINE("online");

        private final String word;

        State(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    private final ClientSession session;
    private final String ip;
    private final int listeningPort;
    private final boolean capaEof;
    private final boolean capaPsync2;
    private final boolean oldProtocol;
    private final boolean rdbOnly;
    private final boolean excludeData;
    private State state;
    private long ackOffset;
    private long ackMillis;
    private boolean holdUntilAck;
    private boolean inSnapshot;
    private final List<byte[]> held = new ArrayList<>();
    private long heldBytes;

    Replica(ClientSession session, Handshake handshake, boolean oldProtocol, long now) {
        this.session = session;
        String peer = session.address();
        this.ip = handshake.ipAddress() != null ? handshake.ipAddress() : peer.substring(0, peer.lastIndexOf(':'));
        this.listeningPort = handshake.listeningPort();
        this.capaEof = handshake.capaEof();
        this.capaPsync2 = handshake.capaPsync2();
        this.oldProtocol = oldProtocol;
        this.rdbOnly = handshake.rdbOnly();
        this.excludeData = handshake.excludeData();
        this.ackMillis = now;
    }

    /**
     * What a replica tells about itself with REPLCONF before it asks to synchronize: the port it
     * listens on, the address to announce, and what it can parse (capa eof: a payload framed by an
     * end mark; capa psync2: +CONTINUE with the master's id).
     */
    public record Handshake(int listeningPort, String ipAddress, boolean capaEof, boolean capaPsync2, boolean rdbOnly,
            boolean excludeData) {
        public static final Handshake NONE = new Handshake(0, null, false, false, false, false);

        Handshake withPort(int port) {
            return new Handshake(port, ipAddress, capaEof, capaPsync2, rdbOnly, excludeData);
        }

        Handshake withIp(String ip) {
            return new Handshake(listeningPort, ip, capaEof, capaPsync2, rdbOnly, excludeData);
        }

        Handshake withCapa(boolean eof, boolean psync2) {
            return new Handshake(listeningPort, ipAddress, capaEof || eof, capaPsync2 || psync2, rdbOnly, excludeData);
        }

        Handshake withRdbOnly(boolean only) {
            return new Handshake(listeningPort, ipAddress, capaEof, capaPsync2, only, excludeData);
        }

        Handshake withExcludeData(boolean exclude) {
            return new Handshake(listeningPort, ipAddress, capaEof, capaPsync2, rdbOnly, exclude);
        }
    }

    public ClientSession session() {
        return session;
    }

    public String ip() {
        return ip;
    }

    public int listeningPort() {
        return listeningPort;
    }

    public boolean capaEof() {
        return capaEof;
    }

    public boolean capaPsync2() {
        return capaPsync2;
    }

    /** Attached with SYNC, not PSYNC: it sends no ACKs (Redis's CLIENT_PRE_PSYNC). */
    public boolean oldProtocol() {
        return oldProtocol;
    }

    /** REPLCONF rdb-only 1: the snapshot only, then the connection closes (redis-cli --rdb). */
    public boolean rdbOnly() {
        return rdbOnly;
    }

    /**
     * REPLCONF rdb-filter-only: the snapshot is to hold no keys (only functions, which this server
     * does not have): redis-cli --replica and --functions-rdb.
     */
    public boolean excludeData() {
        return excludeData;
    }

    public State state() {
        return state;
    }

    void setState(State state) {
        this.state = state;
    }

    /** The offset it last acknowledged having applied (repl_ack_off). */
    public long ackOffset() {
        return ackOffset;
    }

    /** Unix ms of its last ACK (repl_ack_time): INFO's lag, min-replicas-max-lag. */
    public long ackMillis() {
        return ackMillis;
    }

    void ack(long offset, long now) {
        if (offset > ackOffset) {
            ackOffset = offset;
        }
        ackMillis = now;
    }

    /** The stream goes straight to the connection. */
    boolean streaming() {
        return state == State.ONLINE && !holdUntilAck;
    }

    /**
     * The stream is kept, to follow the payload: from the start of the replica's snapshot until
     * it may flow. Before its snapshot starts, a replica gets nothing (the snapshot will have it).
     */
    boolean holding() {
        return state == State.WAIT_BGSAVE ? inSnapshot : !streaming();
    }

    /** Its snapshot has started: the stream from the snapshot's offset is its to receive. */
    void joinedSnapshot() {
        inSnapshot = true;
    }

    void setHoldUntilAck(boolean hold) {
        this.holdUntilAck = hold;
    }

    boolean holdUntilAck() {
        return holdUntilAck;
    }

    void hold(byte[] bytes) {
        held.add(bytes);
        heldBytes += bytes.length;
    }

    /** Bytes of stream waiting to be sent after the payload. */
    public long heldBytes() {
        return heldBytes;
    }

    List<byte[]> takeHeld() {
        List<byte[]> out = new ArrayList<>(held);
        held.clear();
        heldBytes = 0;
        return out;
    }
}
