package io.hexaredis.application.config;

import io.hexaredis.domain.bytes.Glob;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The running configuration: every parameter of redis.conf with its current value.
 *
 * <p>Redis: config.c. Values are kept in the text form CONFIG GET shows, after normalization by
 * their {@link ConfigParam}. Parts of the server that act on a parameter register a listener with
 * {@link #onChange}; CONFIG SET applies several parameters at once and atomically: all values are
 * checked first, and if a listener refuses a value every parameter is put back.
 *
 * <p>Every parameter Redis 7.0 knows is accepted and reported, also those this server does not
 * act on: tools and test suites configure servers through CONFIG SET, and an unknown-parameter
 * error there would break them for nothing.
 */
public final class Config {

    private final Map<String, ConfigParam> byName = new HashMap<>();
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, List<Consumer<String>>> listeners = new HashMap<>();
    private String configFile = "";

    public Config(List<ConfigParam> params) {
        for (ConfigParam p : params) {
            byName.put(p.name(), p);
            for (String alias : p.aliases()) {
                byName.put(alias, p);
            }
            values.put(p.name(), p.defaultValue());
        }
    }

    /** The standard parameter table. */
    public static Config standard() {
        return new Config(ConfigParameters.all());
    }

    /** The parameter called {@code name} or by an alias of it (case-insensitive), or null. */
    public ConfigParam param(String name) {
        return byName.get(name.toLowerCase(Locale.ROOT));
    }

    public String get(String name) {
        ConfigParam p = param(name);
        if (p == null) {
            throw new IllegalArgumentException("no such parameter: " + name);
        }
        return values.get(p.name());
    }

    public long getLong(String name) {
        return Long.parseLong(get(name));
    }

    public int getInt(String name) {
        return Integer.parseInt(get(name));
    }

    public boolean getBool(String name) {
        return get(name).equals("yes");
    }

    public byte[] getBytes(String name) {
        return get(name).getBytes(StandardCharsets.UTF_8);
    }

    /** CONFIG GET: name/value pairs of the parameters matching any of the glob patterns. */
    public Map<String, String> matching(List<byte[]> patterns) {
        Map<String, String> out = new LinkedHashMap<>();
        for (byte[] pattern : patterns) {
            String literal = new String(pattern, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            if (Glob.isLiteral(pattern)) {
                ConfigParam p = byName.get(literal);
                if (p != null) {
                    out.put(literal, values.get(p.name()));
                }
                continue;
            }
            for (Map.Entry<String, ConfigParam> e : byName.entrySet()) {
                if (Glob.matchesIgnoreCase(pattern, e.getKey().getBytes(StandardCharsets.UTF_8))) {
                    out.put(e.getKey(), values.get(e.getValue().name()));
                }
            }
        }
        return out;
    }

    /**
     * Sets several parameters atomically (CONFIG SET, and start-up from redis.conf and arguments).
     *
     * @param fromStartup true when reading the config file or arguments: immutable parameters may
     *     be set then.
     * @throws ConfigException with Redis's reason; then no parameter has changed.
     */
    public void set(Map<String, String> changes, boolean fromStartup) {
        Map<ConfigParam, String> normalized = new LinkedHashMap<>();
        for (Map.Entry<String, String> change : changes.entrySet()) {
            ConfigParam p = param(change.getKey());
            if (p == null) {
                throw new ConfigException(change.getKey(), "Unknown option or number of arguments for CONFIG SET");
            }
            if (p.immutable() && !fromStartup) {
                throw new ConfigException(change.getKey(), "can't set immutable config");
            }
            if (normalized.containsKey(p)) {
                throw new ConfigException(change.getKey(), "duplicate parameter");
            }
            try {
                normalized.put(p, p.normalize(change.getValue()));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(change.getKey(), e.getMessage());
            }
        }
        Map<String, String> previous = new HashMap<>();
        List<ConfigParam> applied = new ArrayList<>();
        try {
            for (Map.Entry<ConfigParam, String> e : normalized.entrySet()) {
                String name = e.getKey().name();
                previous.put(name, values.get(name));
                values.put(name, e.getValue());
                applied.add(e.getKey());
                for (Consumer<String> listener : listeners.getOrDefault(name, List.of())) {
                    listener.accept(e.getValue());
                }
            }
        } catch (IllegalArgumentException e) {
            for (ConfigParam p : applied) {
                values.put(p.name(), previous.get(p.name()));
                for (Consumer<String> listener : listeners.getOrDefault(p.name(), List.of())) {
                    try {
                        listener.accept(previous.get(p.name()));
                    } catch (IllegalArgumentException ignored) {
                        // the old value was accepted before; nothing better to restore
                    }
                }
            }
            throw new ConfigException(applied.get(applied.size() - 1).name(), e.getMessage());
        }
    }

    /** One parameter, as from CONFIG SET. */
    public void set(String name, String value) {
        set(Map.of(name, value), false);
    }

    /**
     * Calls {@code listener} with the new value whenever {@code name} changes. A listener may
     * refuse a value it cannot apply by throwing {@link IllegalArgumentException}.
     */
    public void onChange(String name, Consumer<String> listener) {
        ConfigParam p = param(name);
        listeners.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(listener);
    }

    /** Every parameter's current value, by canonical name, in table order (CONFIG REWRITE). */
    public Map<String, String> all() {
        return java.util.Collections.unmodifiableMap(values);
    }

    public String defaultOf(String name) {
        return param(name).defaultValue();
    }

    /** The absolute path of the config file the server was started with, or "" (INFO config_file). */
    public String configFile() {
        return configFile;
    }

    public void setConfigFile(String configFile) {
        this.configFile = configFile;
    }
}
