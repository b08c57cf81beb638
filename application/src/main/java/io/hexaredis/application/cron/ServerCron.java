package io.hexaredis.application.cron;

import java.util.ArrayList;
import java.util.List;

/**
 * The server's periodic work, run by the event loop {@code hz} times per second.
 *
 * <p>Redis: serverCron() in server.c. Each task here is one of its duties: active expiry, and,
 * as the server grows, client timeouts, save points, AOF fsync and rewrite checks and the
 * replication cron. A task registers itself with {@link #add}; they run in registration order.
 */
public final class ServerCron {

    private final List<Runnable> tasks = new ArrayList<>();

    public ServerCron(ActiveExpireCycle activeExpire) {
        tasks.add(activeExpire::run);
    }

    public void add(Runnable task) {
        tasks.add(task);
    }

    /** One tick: called by the event loop every 1000/hz milliseconds. */
    public void tick() {
        for (Runnable task : tasks) {
            task.run();
        }
    }
}
