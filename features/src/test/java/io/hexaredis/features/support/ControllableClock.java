package io.hexaredis.features.support;

import io.hexaredis.domain.time.Clock;

/**
 * The real clock plus an offset that scenarios move forward ("When 10 seconds pass"), so expiry
 * and timeouts are tested without sleeping.
 */
public final class ControllableClock implements Clock {

    private volatile long offsetMillis;

    @Override
    public long millis() {
        return System.currentTimeMillis() + offsetMillis;
    }

    @Override
    public long nanos() {
        return System.nanoTime() + offsetMillis * 1_000_000L;
    }

    public void advance(long millis) {
        offsetMillis += millis;
    }
}
