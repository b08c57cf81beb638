package io.hexaredis.domain.time;

/** The wall clock of the machine: the clock the server runs on. */
public final class SystemClock implements Clock {

    @Override
    public long millis() {
        return System.currentTimeMillis();
    }

    @Override
    public long nanos() {
        return System.nanoTime();
    }
}
