/**
 * The Clock port: the one place the server reads the time.
 *
 * <p>Redis caches the time in {@code server.mstime} and reads it once per command
 * (commandTimeSnapshot()). Reading it through a port lets expiry, timeouts and blocking be tested
 * by moving a clock instead of sleeping. {@link io.hexaredis.domain.time.SystemClock} is the
 * machine's clock; ArchUnit forbids reading the time anywhere else.
 */
package io.hexaredis.domain.time;
