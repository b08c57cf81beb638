package io.hexaredis.application.config;

import io.hexaredis.domain.bytes.Glob;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The running configuration: every parameter of redis.conf with its current value.
 *
 * <p>Redis: config.c. Values are kept in the text form CONFIG GET shows, after normalization by
 * their {@link ConfigParam}. Parts of the server that act on a parameter register a listener with
 * {@link #onChange}, or read the value when they need it (hz, maxclients and timeout are read on
 * every cron tick or connection, so a change applies at once).
 *
 * <p>CONFIG SET changes several parameters atomically, in configSetCommand()'s three steps: the
 * names are checked first (unknown, immutable, protected, given twice), then each value is
 * checked in order, then the listeners apply them. A refused value or a listener that cannot apply
 * its value puts every parameter back. The first problem found is the one reported.
 *
 * <p>Every parameter Redis 7.0 knows is accepted and reported, also those this server does not
 * act on: tools and test suites configure servers through CONFIG SET, and an unknown-parameter
 * error there would break them for nothing.
 */
public final class Config {

    private final Map<String, ConfigParam> byName = new LinkedHashMap<>(); // names and aliases, table order
    private final List<ConfigParam> params;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> defaults = new HashMap<>();
    private final Map<String, List<Consumer<String>>> listeners = new HashMap<>();
    private final ConfigFiles files;
    private String configFile = "";

    public Config(List<ConfigParam> params, ConfigFiles files) {
        this.params = List.copyOf(params);
        this.files = files;
        for (ConfigParam p : params) {
            byName.put(p.name(), p);
            for (String alias : p.aliases()) {
                byName.put(alias, p);
            }
            String value = p.normalize(p.defaultValue());
            values.put(p.name(), value);
            defaults.put(p.name(), value);
        }
    }

    /** The standard parameter table, without a file system (unit tests). */
    public static Config standard() {
        return standard(ConfigFiles.NONE);
    }

    /** The standard parameter table, with {@code files} for dir and CONFIG REWRITE. */
    public static Config standard(ConfigFiles files) {
        return new Config(ConfigParameters.all(files), files);
    }

    /** The parameter called {@code name} or by an alias of it (case-insensitive), or null. */
    public ConfigParam param(String name) {
        return byName.get(name.toLowerCase(Locale.ROOT));
    }

    /** Every parameter, in table order. */
    public List<ConfigParam> params() {
        return params;
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

    /**
     * CONFIG GET: name/value pairs of the parameters matching any of the patterns, each at most
     * once. A pattern without glob characters is looked up by name and answered under the name as
     * typed; a glob is matched, case-insensitively, against every name and alias except the hidden
     * parameters (configGetCommand() in config.c).
     */
    public Map<String, String> matching(List<byte[]> patterns) {
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (byte[] pattern : patterns) {
            String text = new String(pattern, StandardCharsets.UTF_8);
            if (!hasGlob(pattern)) {
                ConfigParam p = param(text);
                if (p != null && seen.add(text.toLowerCase(Locale.ROOT))) {
                    out.put(text, values.get(p.name()));
                }
                continue;
            }
            for (Map.Entry<String, ConfigParam> e : byName.entrySet()) {
                ConfigParam p = e.getValue();
                if (p.has(ConfigParam.Flag.HIDDEN) || seen.contains(e.getKey())) {
                    continue;
                }
                if (Glob.matchesIgnoreCase(pattern, e.getKey().getBytes(StandardCharsets.UTF_8))) {
                    seen.add(e.getKey());
                    out.put(e.getKey(), values.get(p.name()));
                }
            }
        }
        return out;
    }

    private static boolean hasGlob(byte[] pattern) {
        for (byte b : pattern) {
            if (b == '*' || b == '?' || b == '[') {
                return true;
            }
        }
        return false;
    }

    /**
     * CONFIG SET {@code name value [name value ...]}: sets the parameters atomically.
     *
     * @param fromStartup true when reading the config file or arguments: immutable and protected
     *     parameters may be set then.
     * @param protectedAllowed true when enable-protected-configs lets this client set dir and
     *     dbfilename.
     * @throws ConfigException with Redis's reason; then no parameter has changed.
     */
    public void set(List<Map.Entry<String, String>> changes, boolean fromStartup, boolean protectedAllowed) {
        ConfigException problem = null;
        List<ConfigParam> targets = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (Map.Entry<String, String> change : changes) {
            String typed = change.getKey();
            ConfigParam p = param(typed);
            targets.add(p);
            if (problem != null) {
                continue;
            }
            if (p == null) {
                problem = ConfigException.unknown(typed);
            } else if (p.immutable() && !fromStartup) {
                problem = new ConfigException(typed, "can't set immutable config");
            } else if (p.has(ConfigParam.Flag.PROTECTED) && !fromStartup && !protectedAllowed) {
                problem = new ConfigException(typed, "can't set protected config");
            } else if (!named.add(typed.toLowerCase(Locale.ROOT))) {
                problem = new ConfigException(typed, "duplicate parameter");
            }
        }
        if (problem != null) {
            throw problem;
        }
        Map<String, String> staged = new LinkedHashMap<>();
        for (int i = 0; i < changes.size(); i++) {
            ConfigParam p = targets.get(i);
            String current = staged.getOrDefault(p.name(), values.get(p.name()));
            try {
                staged.put(p.name(), p.normalize(changes.get(i).getValue(), current));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(changes.get(i).getKey().toLowerCase(Locale.ROOT), e.getMessage());
            }
        }
        apply(staged, changes, targets);
    }

    /** Stores the new values, then lets the listeners act on the ones that changed. */
    private void apply(Map<String, String> staged, List<Map.Entry<String, String>> changes, List<ConfigParam> targets) {
        Map<String, String> previous = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : staged.entrySet()) {
            if (!e.getValue().equals(values.get(e.getKey()))) {
                previous.put(e.getKey(), values.get(e.getKey()));
                values.put(e.getKey(), e.getValue());
            }
        }
        String applying = null;
        try {
            for (String name : previous.keySet()) {
                applying = name;
                for (Consumer<String> listener : listeners.getOrDefault(name, List.of())) {
                    listener.accept(values.get(name));
                }
            }
        } catch (IllegalArgumentException e) {
            values.putAll(previous);
            for (String name : previous.keySet()) {
                for (Consumer<String> listener : listeners.getOrDefault(name, List.of())) {
                    try {
                        listener.accept(values.get(name));
                    } catch (IllegalArgumentException ignored) {
                        // the old value was accepted before; nothing better to restore
                    }
                }
            }
            String reported = applying;
            for (int i = 0; i < targets.size(); i++) {
                if (targets.get(i).name().equals(applying)) {
                    reported = changes.get(i).getKey().toLowerCase(Locale.ROOT);
                }
            }
            throw new ConfigException(reported, e.getMessage());
        }
    }

    /** Several parameters by name, in map order (start-up; tests). */
    public void set(Map<String, String> changes, boolean fromStartup) {
        set(new ArrayList<>(changes.entrySet()), fromStartup, fromStartup);
    }

    /** One parameter, as from CONFIG SET by a client allowed to change protected parameters. */
    public void set(String name, String value) {
        set(List.of(new SimpleEntry<>(name, value)), false, true);
    }

    /**
     * Calls {@code listener} with the new value whenever {@code name} changes. A listener may
     * refuse a value it cannot apply by throwing {@link IllegalArgumentException} with Redis's
     * reason; CONFIG SET then restores every parameter it was changing.
     */
    public void onChange(String name, Consumer<String> listener) {
        ConfigParam p = param(name);
        listeners.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(listener);
    }

    /** Every parameter's current value, by canonical name, in table order. */
    public Map<String, String> all() {
        return Collections.unmodifiableMap(values);
    }

    /** The value a parameter has before any configuration, normalized. */
    public String defaultOf(String name) {
        return defaults.get(param(name).name());
    }

    /** The absolute path of the config file the server was started with, or "" (INFO config_file). */
    public String configFile() {
        return configFile;
    }

    public void setConfigFile(String configFile) {
        this.configFile = configFile;
    }

    /**
     * CONFIG REWRITE: rewrites the config file the server was started with so that it produces the
     * running configuration, keeping its comments, its order and the lines of what it cannot
     * rewrite (see {@link ConfigRewrite}).
     *
     * @throws IOException with the system's reason when the file cannot be read or replaced
     * @throws IllegalStateException when the server was started without a config file
     */
    public void rewrite() throws IOException {
        if (configFile.isEmpty()) {
            throw new IllegalStateException("The server is running without a config file");
        }
        String old = files.read(configFile);
        files.replace(configFile, new ConfigRewrite(this).rewrite(old));
    }
}
