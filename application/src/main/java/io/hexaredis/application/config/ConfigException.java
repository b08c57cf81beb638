package io.hexaredis.application.config;

/** A configuration value was refused; {@code reason} is Redis's text for why. */
public final class ConfigException extends RuntimeException {

    private final String parameter;
    private final String reason;

    public ConfigException(String parameter, String reason) {
        super("'" + parameter + "': " + reason);
        this.parameter = parameter;
        this.reason = reason;
    }

    public String parameter() {
        return parameter;
    }

    public String reason() {
        return reason;
    }
}
