package io.hexaredis.bootstrap;

import io.hexaredis.application.config.Config;
import io.hexaredis.application.config.ConfigException;
import io.hexaredis.application.config.ConfigLine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The configuration the server starts with: an optional redis.conf, then {@code --name value}
 * arguments that override it, exactly as redis-server reads its command line.
 *
 * <p>Redis: loadServerConfig() and loadServerConfigFromString() in config.c, and the argument
 * handling of main() in server.c, which turns {@code --port 6380 --save ""} into the config lines
 * {@code port 6380} and {@code save ""} appended after the file. Each line is split like an inline
 * command (quotes allowed); the first word names the parameter, the rest is its value. Several
 * {@code save} lines add up; {@code save ""} clears the save points.
 *
 * <p>A line that names no known parameter or has a value the parameter refuses stops the server
 * with Redis's "FATAL CONFIG FILE ERROR" report naming the line.
 */
public final class ServerConfig {

    private final Config config;

    private ServerConfig(Config config) {
        this.config = config;
    }

    public Config config() {
        return config;
    }

    /** From the command line: {@code [config-file] [--name value ...]}. */
    public static ServerConfig fromArgs(String... args) throws IOException {
        Config config = Config.standard(new DiskConfigFiles());
        List<String> lines = new ArrayList<>();
        int i = 0;
        if (args.length > 0 && !args[0].startsWith("--")) {
            Path file = Path.of(args[0]).toAbsolutePath();
            lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
            config.setConfigFile(file.toString());
            i = 1;
        }
        StringBuilder line = null;
        for (; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--") && arg.length() > 2) {
                if (line != null) {
                    lines.add(line.toString());
                }
                line = new StringBuilder(arg.substring(2));
            } else {
                if (line == null) {
                    throw new ConfigError(lines.size() + 1, arg, "Invalid argument: expected an option starting with --");
                }
                line.append(' ').append(quote(arg));
            }
        }
        if (line != null) {
            lines.add(line.toString());
        }
        apply(config, lines);
        return new ServerConfig(config);
    }

    /**
     * Applies config lines in order, as loadServerConfigFromString() does: each line sets its
     * parameter at once (so several client-output-buffer-limit lines each set their class); the
     * first {@code save} line replaces the default save points and the next ones add to them.
     */
    static void apply(Config config, List<String> lines) {
        StringBuilder save = null;
        for (int n = 0; n < lines.size(); n++) {
            String raw = lines.get(n).trim();
            if (raw.isEmpty() || raw.startsWith("#")) {
                continue;
            }
            List<String> words = ConfigLine.split(raw);
            if (words == null) {
                throw new ConfigError(n + 1, raw, "Unbalanced quotes in configuration line");
            }
            if (words.isEmpty()) {
                continue;
            }
            String name = words.get(0).toLowerCase(java.util.Locale.ROOT);
            if (name.equals("include") || name.equals("rename-command") || name.equals("user")
                    || name.equals("loadmodule") || name.equals("sentinel")) {
                continue; // directives, not parameters: accepted and not acted on here
            }
            if (config.param(name) == null || words.size() < 2) {
                throw new ConfigError(n + 1, raw, "Bad directive or wrong number of arguments");
            }
            String value = String.join(" ", words.subList(1, words.size()));
            if (config.param(name).name().equals("save")) {
                if (save == null || value.isEmpty()) {
                    save = new StringBuilder();
                }
                if (!value.isEmpty()) {
                    save.append(save.length() == 0 ? "" : " ").append(value);
                }
                value = save.toString();
            }
            try {
                config.set(Map.of(name, value), true);
            } catch (ConfigException ex) {
                throw new ConfigError(n + 1, raw, ex.reason());
            }
        }
    }

    private static String quote(String arg) {
        if (arg.isEmpty()) {
            return "\"\"";
        }
        if (arg.chars().anyMatch(c -> c == ' ' || c == '"' || c == '\'' || c == '\\')) {
            return "\"" + arg.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        return arg;
    }

    /** A configuration line the server refuses; the message is Redis's fatal config error report. */
    public static final class ConfigError extends RuntimeException {
        public ConfigError(int line, String text, String reason) {
            super("\n*** FATAL CONFIG FILE ERROR (Redis 7.0.15) ***\n"
                    + "Reading the configuration file, at line " + line + "\n"
                    + ">>> '" + text + "'\n" + reason);
        }
    }
}
