package io.hexaredis.domain.time;

/**
 * Where the server reads the time: the one port for it, so that expiry can be tested without
 * sleeping. Redis: mstime() and ustime() in server.c, and the cached {@code server.mstime}.
 */
public interface Clock {

    /** Unix time in milliseconds. */
    long millis();

    /** A monotonic reading in nanoseconds, for durations only (timeouts, latency, cron budgets). */
    long nanos();
}
