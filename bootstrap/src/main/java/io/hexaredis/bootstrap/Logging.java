package io.hexaredis.bootstrap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.OutputStreamAppender;
import io.hexaredis.application.config.Config;
import org.slf4j.LoggerFactory;

/**
 * Applies {@code loglevel} and {@code logfile} to logback, with a line format like Redis's own log
 * ({@code pid:M dd Mon yyyy HH:mm:ss.SSS * message}, serverLogRaw() in server.c), so that our log
 * reads like a Redis log next to it.
 */
final class Logging {

    private Logging() {}

    static void configure(Config config) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAndStopAllAppenders();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(ProcessHandle.current().pid() + ":%redisRole %d{dd MMM yyyy HH:mm:ss.SSS} %redisLevel %msg%n");
        context.putObject(ch.qos.logback.core.CoreConstants.PATTERN_RULE_REGISTRY,
                java.util.Map.of("redisLevel", RedisLevelConverter.class.getName(),
                        "redisRole", RedisRoleConverter.class.getName()));
        encoder.start();
        String file = config.get("logfile");
        OutputStreamAppender<ILoggingEvent> appender;
        if (file.isEmpty()) {
            appender = new ConsoleAppender<>();
        } else {
            FileAppender<ILoggingEvent> fileAppender = new FileAppender<>();
            fileAppender.setFile(file);
            fileAppender.setAppend(true);
            appender = fileAppender;
        }
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.start();
        root.addAppender(appender);
        root.setLevel(level(config.get("loglevel")));
        config.onChange("loglevel", v -> root.setLevel(level(v)));
    }

    /** Redis's levels: debug, verbose, notice (the default), warning, nothing. */
    static Level level(String loglevel) {
        return switch (loglevel) {
            case "debug" -> Level.DEBUG;
            case "verbose" -> Level.DEBUG;
            case "warning" -> Level.WARN;
            case "nothing" -> Level.OFF;
            default -> Level.INFO;
        };
    }

    static void flush() {
        ((LoggerContext) LoggerFactory.getILoggerFactory()).stop();
    }
}
