package io.hexaredis.application.cron;

import io.hexaredis.application.server.ServerState;
import java.util.ArrayList;
import java.util.List;

/**
 * The server's periodic work, run by the event loop {@code hz} times per second.
 *
 * <p>Redis: serverCron() in server.c. Each tick first refreshes the keyspace's LRU clock (the
 * {@code server.lruclock} that stamps every key access), then runs its duties in registration
 * order: active expiry, and, as the server grows, client timeouts, save points, AOF fsync and
 * rewrite checks and the replication cron. A duty registers itself with {@link #add}.
 */
public final class ServerCron {

    private final ServerState server;
    private final List<Runnable> tasks = new ArrayList<>();
    private final List<Runnable> beforeSleep = new ArrayList<>();

    public ServerCron(ServerState server, ActiveExpireCycle activeExpire) {
        this.server = server;
        server.keyspace().updateLruClock(server.clock().millis()); // initServer() starts the clock before any key exists
        tasks.add(activeExpire::run);
    }

    public void add(Runnable task) {
        tasks.add(task);
    }

    /**
     * Registers work for beforeSleep(): the event loop runs it after processing events and before
     * writing replies (the AOF is written there, so no client learns of a write before it is).
     */
    public void addBeforeSleep(Runnable task) {
        beforeSleep.add(task);
    }

    /** Called by the event loop once per iteration, before it writes the replies of that iteration. */
    public void beforeSleep() {
        for (Runnable task : beforeSleep) {
            task.run();
        }
    }

    /** One tick: called by the event loop every 1000/hz milliseconds. */
    public void tick() {
        server.keyspace().updateLruClock(server.clock().millis());
        for (Runnable task : tasks) {
            task.run();
        }
    }
}
