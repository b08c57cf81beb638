package io.hexaredis.application.cron;

import io.hexaredis.application.server.ServerState;
import io.hexaredis.domain.keyspace.Database;
import io.hexaredis.domain.keyspace.KeyTable;
import io.hexaredis.domain.keyspace.Keyspace;

/**
 * Deletes expired keys that nobody reads, so that memory does not fill with dead keys.
 *
 * <p>Redis: activeExpireCycle() in expire.c, run from serverCron. Lazy expiry alone would keep
 * every expired key that is never looked up again; this cycle samples keys that have an expiry,
 * {@value #KEYS_PER_LOOP} at a time per database, deletes those whose time has passed, and samples
 * again while more than {@value #ACCEPTABLE_STALE_PERCENT}% of a sample was expired, since then
 * many more probably are. A time budget ({@value #SLOW_TIME_PERCENT}% of the cron period) bounds
 * how long one run may take, so the event loop keeps serving clients.
 */
public final class ActiveExpireCycle {

    static final int KEYS_PER_LOOP = 20;            // ACTIVE_EXPIRE_CYCLE_KEYS_PER_LOOP
    static final int ACCEPTABLE_STALE_PERCENT = 10; // ACTIVE_EXPIRE_CYCLE_ACCEPTABLE_STALE
    static final int SLOW_TIME_PERCENT = 25;        // ACTIVE_EXPIRE_CYCLE_SLOW_TIME_PERC

    private final ServerState server;
    private int nextDb;

    public ActiveExpireCycle(ServerState server) {
        this.server = server;
    }

    /** One run; returns the number of keys deleted. */
    public long run() {
        Keyspace keyspace = server.keyspace();
        if (keyspace.masterControlsExpiry()) {
            return 0; // a replica waits for its master's DEL
        }
        if (!server.activeExpireEnabled()) {
            return 0; // DEBUG SET-ACTIVE-EXPIRE 0
        }
        int hz = Math.max(1, server.config().getInt("hz"));
        long budgetNanos = 1_000_000_000L / hz * SLOW_TIME_PERCENT / 100;
        long start = server.clock().nanos();
        long deleted = 0;
        int dbs = keyspace.databases();
        for (int i = 0; i < dbs; i++) {
            Database db = keyspace.db(nextDb);
            nextDb = (nextDb + 1) % dbs;
            int expired;
            int samples;
            do {
                if (db.volatileSize() == 0) {
                    break;
                }
                long now = server.clock().millis();
                samples = Math.min(KEYS_PER_LOOP, db.volatileSize());
                expired = 0;
                for (int s = 0; s < samples; s++) {
                    KeyTable.Entry e = db.randomVolatile(server.random());
                    if (e != null && db.expireIfNeeded(e, now)) {
                        expired++;
                    }
                }
                deleted += expired;
                if (server.clock().nanos() - start > budgetNanos) {
                    return deleted;
                }
            } while (expired * 100 > samples * ACCEPTABLE_STALE_PERCENT);
        }
        return deleted;
    }
}
