package io.hexaredis.application.config;

/**
 * A configuration change was refused: by CONFIG SET, or while reading redis.conf at start-up.
 * {@code parameter} is the name as Redis reports it, {@code reason} Redis's text for why;
 * {@link #line()} is the whole error line CONFIG SET answers.
 */
public final class ConfigException extends RuntimeException {

    private final String parameter;
    private final String reason;
    private final boolean unknown;

    private ConfigException(String parameter, String reason, boolean unknown) {
        super("'" + parameter + "': " + reason);
        this.parameter = parameter;
        this.reason = reason;
        this.unknown = unknown;
    }

    public ConfigException(String parameter, String reason) {
        this(parameter, reason, false);
    }

    /** No parameter has this name. */
    public static ConfigException unknown(String parameter) {
        return new ConfigException(parameter, "Unknown option or number of arguments for CONFIG SET", true);
    }

    public String parameter() {
        return parameter;
    }

    public String reason() {
        return reason;
    }

    public boolean isUnknownParameter() {
        return unknown;
    }

    /** The error line of CONFIG SET, as configSetCommand() in config.c words it (Redis 7.0). */
    public String line() {
        if (unknown) {
            return "ERR Unknown option or number of arguments for CONFIG SET - '" + parameter + "'";
        }
        return "ERR CONFIG SET failed (possibly related to argument '" + parameter + "') - " + reason;
    }
}
