package io.hexaredis.application.replication;

import io.hexaredis.application.server.ClientSession;
import io.hexaredis.application.server.OutputBufferLimits;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The replicas attached to this server (Redis's {@code server.slaves} list), and what clients told
 * with REPLCONF before they became replicas.
 *
 * <p>The stream reaches a replica through its connection's output, like any reply (Redis:
 * replicationFeedSlaves() appends to each replica's reply buffer), and is therefore bounded by
 * {@code client-output-buffer-limit replica}: a replica that cannot keep up is disconnected, and
 * will come back with PSYNC. What a replica cannot receive yet (it waits for its snapshot) is held
 * here and sent right after the payload.
 *
 * <p>Event-loop thread only. The list is copied on change, so that feeding it survives a replica
 * disconnected in the middle (by its output limit).
 */
public final class Replicas {

    private static final Replica[] NONE = new Replica[0];

    private final Clock clock;
    private final OutputBufferLimits limits;
    private final Map<Long, Replica.Handshake> handshakes = new HashMap<>();
    private Replica[] replicas = NONE;

    public Replicas(Clock clock, OutputBufferLimits limits) {
        this.clock = clock;
        this.limits = limits;
    }

    /** What {@code session} announced with REPLCONF so far. */
    public Replica.Handshake handshake(ClientSession session) {
        return handshakes.getOrDefault(session.id(), Replica.Handshake.NONE);
    }

    void updateHandshake(ClientSession session, UnaryOperator<Replica.Handshake> change) {
        handshakes.put(session.id(), change.apply(handshake(session)));
    }

    /** Makes {@code session} a replica, in {@code state}, at the end of the list. */
    Replica attach(ClientSession session, boolean oldProtocol, Replica.State state) {
        Replica replica = new Replica(session, handshake(session), oldProtocol, clock.millis());
        replica.setState(state);
        session.setReplica(true);
        Replica[] grown = Arrays.copyOf(replicas, replicas.length + 1);
        grown[replicas.length] = replica;
        replicas = grown;
        return replica;
    }

    /** The replica of {@code session}, or null. */
    public Replica get(ClientSession session) {
        for (Replica r : replicas) {
            if (r.session() == session) {
                return r;
            }
        }
        return null;
    }

    /** Forgets {@code session}: it closed, or it is being disconnected. True if it was a replica. */
    boolean detach(ClientSession session) {
        handshakes.remove(session.id());
        for (int i = 0; i < replicas.length; i++) {
            if (replicas[i].session() == session) {
                Replica[] shrunk = new Replica[replicas.length - 1];
                System.arraycopy(replicas, 0, shrunk, 0, i);
                System.arraycopy(replicas, i + 1, shrunk, i, replicas.length - i - 1);
                replicas = shrunk;
                return true;
            }
        }
        return false;
    }

    public boolean isEmpty() {
        return replicas.length == 0;
    }

    public int size() {
        return replicas.length;
    }

    /** In attach order (INFO's slave0, slave1...). */
    public List<Replica> all() {
        return List.of(replicas);
    }

    /** Bytes of stream to every replica: sent, or held for those not streaming yet. */
    void feed(byte[] bytes) {
        for (Replica r : replicas) {
            if (r.streaming()) {
                send(r, bytes);
            } else if (r.holding()) {
                r.hold(bytes);
                checkHeldLimit(r);
            }
        }
    }

    /** Writes {@code bytes} as they are to {@code replica}'s connection, within its output limit. */
    void send(Replica replica, byte[] bytes) {
        replica.session().output().send(new Reply.Raw(bytes));
        limits.check(replica.session(), OutputBufferLimits.Class.REPLICA, clock.millis());
    }

    /** The payload is queued: from now on the stream flows, starting with what was held. */
    void startStreaming(Replica replica) {
        for (byte[] bytes : replica.takeHeld()) {
            replica.session().output().send(new Reply.Raw(bytes));
        }
        limits.check(replica.session(), OutputBufferLimits.Class.REPLICA, clock.millis());
    }

    /**
     * Held stream counts against the replica output limit as Redis's output buffer would during
     * the snapshot: a snapshot that takes too long under heavy writes drops the replica.
     */
    private void checkHeldLimit(Replica replica) {
        long hard = limits.hardLimit(OutputBufferLimits.Class.REPLICA);
        if (hard > 0 && replica.heldBytes() >= hard) {
            replica.session().output().kill();
        }
    }

    /** Replicas online whose last ACK covers {@code offset} (replicationCountAcksByOffset()). */
    public int countAcked(long offset) {
        int n = 0;
        for (Replica r : replicas) {
            if (r.state() == Replica.State.ONLINE && r.ackOffset() >= offset) {
                n++;
            }
        }
        return n;
    }

    /** Replicas online that acknowledged within {@code maxLagSeconds} (refreshGoodSlavesCount()). */
    public int countGood(long maxLagSeconds) {
        long nowSeconds = clock.millis() / 1000;
        int n = 0;
        for (Replica r : replicas) {
            if (r.state() == Replica.State.ONLINE && nowSeconds - r.ackMillis() / 1000 <= maxLagSeconds) {
                n++;
            }
        }
        return n;
    }

    /** Closes every replica connection (disconnectSlaves()): they will reconnect and resynchronize. */
    void disconnectAll() {
        for (Replica r : replicas) {
            r.session().output().kill();
        }
    }
}
