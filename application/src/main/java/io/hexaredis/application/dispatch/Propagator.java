package io.hexaredis.application.dispatch;

import io.hexaredis.domain.persistence.CommandJournal;
import io.hexaredis.domain.replication.Effect;
import io.hexaredis.domain.replication.ReplicationLog;

/**
 * Sends the effects of executed commands, in execution order, to the replication log (and through
 * it to the replicas) and to the append-only file (feedAppendOnlyFile() in aof.c, which buffers
 * them until the event loop writes the buffer before sending replies).
 *
 * <p>Redis: propagateNow() and alsoPropagate() in server.c. The dispatcher calls this after a write
 * command changed the keyspace; the keyspace listener calls it for keys that expired, which Redis
 * propagates as DEL (propagateDeletion() in db.c), before the effect of the command that found
 * them.
 */
public final class Propagator {

    private final ReplicationLog log;
    private final CommandJournal journal;

    public Propagator(ReplicationLog log) {
        this(log, null);
    }

    /** Propagates to the replication log and to the AOF ({@code journal}, which ignores effects while it is off). */
    public Propagator(ReplicationLog log, CommandJournal journal) {
        this.log = log;
        this.journal = journal;
    }

    public void propagate(int db, byte[][] argv) {
        Effect effect = new Effect(db, argv);
        log.append(effect);
        if (journal != null) {
            journal.append(effect);
        }
    }
}
