package io.hexaredis.bootstrap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** The level character of a Redis log line: {@code .} debug, {@code -} verbose, {@code *} notice, {@code #} warning. */
public final class RedisLevelConverter extends ClassicConverter {

    @Override
    public String convert(ILoggingEvent event) {
        Level level = event.getLevel();
        if (level.isGreaterOrEqual(Level.WARN)) {
            return "#";
        }
        if (level.isGreaterOrEqual(Level.INFO)) {
            return "*";
        }
        return ".";
    }
}
