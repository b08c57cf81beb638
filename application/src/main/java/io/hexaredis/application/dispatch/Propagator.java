package io.hexaredis.application.dispatch;

import io.hexaredis.domain.replication.Effect;
import io.hexaredis.domain.replication.ReplicationLog;

/**
 * Sends the effects of executed commands, in execution order, to the replication log (and through
 * it to the replicas) and to the append-only file.
 *
 * <p>Redis: propagateNow() and alsoPropagate() in server.c. The dispatcher calls this after a write
 * command changed the keyspace; the keyspace listener calls it for keys that expired, which Redis
 * propagates as DEL (propagateDeletion() in db.c), before the effect of the command that found
 * them.
 */
public final class Propagator {

    private final ReplicationLog log;

    public Propagator(ReplicationLog log) {
        this.log = log;
    }

    public void propagate(int db, byte[][] argv) {
        log.append(new Effect(db, argv));
    }
}
