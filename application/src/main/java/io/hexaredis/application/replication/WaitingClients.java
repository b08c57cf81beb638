package io.hexaredis.application.replication;

import io.hexaredis.application.server.ClientSession;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The clients blocked in WAIT, until enough replicas acknowledge their last write or their timeout
 * passes.
 *
 * <p>Redis: {@code server.clients_waiting_acks}, processClientsWaitingReplicas() and the WAIT part
 * of replyToBlockedClientTimedOut() in replication.c and blocked.c. A waiting client is answered
 * with the number of replicas whose acknowledged offset reaches the offset of its last write (its
 * {@code woff}): as soon as that number is enough, checked whenever an ACK arrives, or, at its
 * timeout, with however many there are by then. The event loop is never blocked: the client is
 * only parked, and its later requests wait in its connection.
 */
public final class WaitingClients {

    private record Waiter(ClientSession session, long offset, long numReplicas, long timeoutAt) {}

    private final Replicas replicas;
    private final Clock clock;
    private final List<Waiter> waiters = new ArrayList<>();

    WaitingClients(Replicas replicas, Clock clock) {
        this.replicas = replicas;
        this.clock = clock;
    }

    /**
     * Parks {@code session} until {@code numReplicas} replicas acknowledged {@code offset}, or
     * until Unix ms {@code timeoutAt} (0: no timeout).
     */
    void park(ClientSession session, long offset, long numReplicas, long timeoutAt) {
        session.setBlocked(true);
        waiters.add(new Waiter(session, offset, numReplicas, timeoutAt));
    }

    /** An ACK arrived: answers every waiter that has enough replicas now. */
    void acknowledged() {
        for (Iterator<Waiter> it = waiters.iterator(); it.hasNext();) {
            Waiter w = it.next();
            int acked = replicas.countAcked(w.offset());
            if (acked >= w.numReplicas()) {
                it.remove();
                answer(w, acked);
            }
        }
    }

    /** Answers the waiters whose timeout has passed with the count reached so far. */
    void handleTimeouts() {
        if (waiters.isEmpty()) {
            return;
        }
        long now = clock.millis();
        for (Iterator<Waiter> it = waiters.iterator(); it.hasNext();) {
            Waiter w = it.next();
            if (w.timeoutAt() != 0 && now >= w.timeoutAt()) {
                it.remove();
                answer(w, replicas.countAcked(w.offset()));
            }
        }
    }

    /**
     * CLIENT UNBLOCK of a client in WAIT: it gets what its timeout would give (the count reached
     * so far), or the UNBLOCKED error. False if that client is not waiting here.
     */
    public boolean unblock(long clientId, boolean withError) {
        for (Iterator<Waiter> it = waiters.iterator(); it.hasNext();) {
            Waiter w = it.next();
            if (w.session().id() == clientId) {
                it.remove();
                w.session().setBlocked(false);
                w.session().output().send(withError ? UNBLOCKED : Reply.integer(replicas.countAcked(w.offset())));
                w.session().output().unblocked();
                return true;
            }
        }
        return false;
    }

    /** Redis 7.0's reply to a client released by CLIENT UNBLOCK ... ERROR. */
    private static final Reply UNBLOCKED = Reply.error("UNBLOCKED client unblocked via CLIENT UNBLOCK");

    /** The client went away (or was unblocked otherwise): it waits no more. */
    void forget(ClientSession session) {
        waiters.removeIf(w -> w.session() == session);
    }

    public int size() {
        return waiters.size();
    }

    private static void answer(Waiter w, int acked) {
        w.session().setBlocked(false);
        w.session().output().send(Reply.integer(acked));
        w.session().output().unblocked();
    }
}
