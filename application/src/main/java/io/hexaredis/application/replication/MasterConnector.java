package io.hexaredis.application.replication;

/**
 * Opens a replica's link to its master: the part of the replica side that crosses a socket, done
 * by the replication adapter on a thread of its own.
 *
 * <p>Redis: connectWithMaster() and syncWithMaster() in replication.c. The adapter connects, runs
 * the handshake described by {@link Handshake} (PING, AUTH, REPLCONF listening-port, ip-address and
 * capa, PSYNC), receives the snapshot and then the stream, and reports each step to
 * {@link ReplicaState} on the event-loop thread. The replica's policy (when to connect, what to ask
 * for, what to do with what arrives) stays in {@link ReplicaState}.
 */
public interface MasterConnector {

    /** Starts connecting in the background; events come back to {@code replica} on the event loop. */
    Link connect(Handshake handshake, ReplicaState replica);

    /** One connection attempt and, if it succeeds, the link it becomes. */
    interface Link {

        /** Writes bytes to the master (REPLCONF ACK); never blocks the caller for long. */
        void send(byte[] bytes);

        /** Closes the connection; no event of this link is delivered afterwards. */
        void close();
    }

    /**
     * What the replica says to its master: where to connect, how to authenticate, the port and
     * address to announce, and what to ask for. {@code psyncReplid} is "?" and {@code psyncOffset}
     * -1 when there is no history to continue.
     */
    record Handshake(String host, int port, String masterUser, String masterAuth, int listeningPort,
            String announceIp, String psyncReplid, long psyncOffset, long timeoutMillis) {}
}
