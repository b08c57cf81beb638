package io.hexaredis.application.dispatch;

import io.hexaredis.domain.persistence.CommandJournal;
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

    private static final byte[][] MULTI = {"MULTI".getBytes(java.nio.charset.StandardCharsets.US_ASCII)};
    private static final byte[][] EXEC = {"EXEC".getBytes(java.nio.charset.StandardCharsets.US_ASCII)};

    private final ReplicationLog log;
    private final CommandJournal journal;
    private java.util.List<Effect> transaction;
    private java.util.Set<Effect> replicasOnly; // effects of the transaction that the AOF does not get

    public Propagator(ReplicationLog log) {
        this(log, null);
    }

    /**
     * Propagates to the replication log and to the AOF ({@code journal}: feedAppendOnlyFile(),
     * which buffers effects until the event loop writes them before sending replies, and ignores
     * them while the AOF is off).
     */
    public Propagator(ReplicationLog log, CommandJournal journal) {
        this.log = log;
        this.journal = journal;
    }

    public void propagate(int db, byte[][] argv) {
        Effect effect = new Effect(db, argv);
        if (transaction != null) {
            transaction.add(effect);
        } else {
            emit(effect);
        }
    }

    /**
     * An effect for the replicas only, not the AOF: PUBLISH, whose message subscribers of the
     * replicas must get too, but which changes no data to replay (Redis:
     * forceCommandPropagation(c, PROPAGATE_REPL) in publishCommand()).
     */
    public void propagateToReplicas(int db, byte[][] argv) {
        Effect effect = new Effect(db, argv);
        if (transaction != null) {
            transaction.add(effect);
            if (replicasOnly == null) {
                replicasOnly = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            }
            replicasOnly.add(effect);
        } else {
            log.append(effect);
        }
    }

    /**
     * From now until {@link #endTransaction}, effects are held back, to leave as one MULTI ... EXEC
     * block: a replica or an AOF replay then applies the transaction atomically too.
     */
    public void beginTransaction() {
        transaction = new java.util.ArrayList<>();
    }

    /** True between {@link #beginTransaction} and {@link #endTransaction}. */
    public boolean inTransaction() {
        return transaction != null;
    }

    /** Emits the held effects wrapped in MULTI/EXEC; nothing at all if the transaction wrote nothing. */
    public void endTransaction() {
        java.util.List<Effect> effects = transaction;
        java.util.Set<Effect> onlyReplicas = replicasOnly == null ? java.util.Set.of() : replicasOnly;
        transaction = null;
        replicasOnly = null;
        if (effects.isEmpty()) {
            return;
        }
        int db = effects.get(0).db();
        boolean journaled = effects.size() > onlyReplicas.size();
        emit(new Effect(db, MULTI), journaled);
        for (Effect e : effects) {
            emit(e, !onlyReplicas.contains(e));
        }
        emit(new Effect(effects.get(effects.size() - 1).db(), EXEC), journaled);
    }

    private void emit(Effect effect) {
        emit(effect, true);
    }

    private void emit(Effect effect, boolean toJournal) {
        log.append(effect);
        if (journal != null && toJournal) {
            journal.append(effect);
        }
    }
}
