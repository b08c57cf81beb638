package io.hexaredis.application.replication;

import io.hexaredis.application.server.ClientSession;

/**
 * The snapshots of full resynchronizations (filled in with the persistence's background snapshot).
 */
public final class FullSync {

    private Replication replication;

    void attach(Replication replication) {
        this.replication = replication;
    }

    void request(Replica replica) {
    }

    void forget(ClientSession session) {
    }

    void cron() {
    }
}
