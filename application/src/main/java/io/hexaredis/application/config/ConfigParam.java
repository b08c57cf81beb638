package io.hexaredis.application.config;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One configuration parameter: its name (and old aliases), its default, how a value is checked
 * and written back, and when it may change.
 *
 * <p>Redis: a {@code standardConfig} entry of config.c, built there with createBoolConfig(),
 * createIntConfig(), createEnumConfig(), createStringConfig(), createSpecialConfig() and friends.
 * The {@link Normalizer} checks a value and returns it in the form CONFIG GET shows ("yes" for a
 * boolean, a plain byte count for a memory size, "10%" for a percentage); it throws
 * {@link IllegalArgumentException} carrying Redis's reason text when the value is refused. The
 * {@link Type} says how CONFIG REWRITE writes the value back into redis.conf.
 *
 * @param defaultValue the value before any configuration, in the form it is given in redis.conf;
 *     the running configuration starts from its normalized form.
 */
public record ConfigParam(
        String name,
        List<String> aliases,
        String defaultValue,
        Type type,
        Set<Flag> flags,
        Normalizer normalizer) {

    /** The kind of value, which decides how CONFIG REWRITE formats it. */
    public enum Type {
        BOOL,       // yes / no
        INTEGER,    // a decimal number
        MEMORY,     // bytes; rewritten as 1gb, 64mb, 4kb when it divides evenly; may be a percentage
        OCTAL,      // a number written in octal (unixsocketperm)
        ENUM,       // one word of a fixed list
        STRING,     // free text, rewritten quoted
        SPECIAL     // its own syntax and rewrite (save, bind, client-output-buffer-limit...)
    }

    /** Redis's config flags (IMMUTABLE_CONFIG, PROTECTED_CONFIG, HIDDEN_CONFIG...). */
    public enum Flag {
        IMMUTABLE,      // only in redis.conf or on the command line, never by CONFIG SET
        PROTECTED,      // CONFIG SET only where enable-protected-configs allows it (dir, dbfilename)
        HIDDEN,         // CONFIG GET shows it for its exact name only, never for a pattern
        SENSITIVE,      // a secret: its value is kept out of logs
        EMPTY_IS_NULL   // a string whose empty value means "not set": CONFIG REWRITE leaves it out
    }

    /** Checks a value and returns it as CONFIG GET shows it; {@code current} is the value it replaces. */
    @FunctionalInterface
    public interface Normalizer {
        String normalize(String value, String current);
    }

    public ConfigParam {
        aliases = List.copyOf(aliases);
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(flags);
    }

    /** Checks {@code value} as a replacement for the default. */
    public String normalize(String value) {
        return normalizer.normalize(value, defaultValue);
    }

    public String normalize(String value, String current) {
        return normalizer.normalize(value, current);
    }

    public boolean has(Flag flag) {
        return flags.contains(flag);
    }

    public boolean immutable() {
        return flags.contains(Flag.IMMUTABLE);
    }

    public boolean sensitive() {
        return flags.contains(Flag.SENSITIVE);
    }

    // ---- building the table ----

    static ConfigParam of(String name, String dflt, Type type, Normalizer normalizer) {
        return new ConfigParam(name, List.of(), dflt, type, Set.of(), normalizer);
    }

    /** The same parameter, also known by the older names {@code names} (slaveof for replicaof...). */
    ConfigParam alias(String... names) {
        return new ConfigParam(name, List.of(names), defaultValue, type, flags, normalizer);
    }

    ConfigParam with(Flag... more) {
        Set<Flag> all = flags.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(flags);
        all.addAll(List.of(more));
        return new ConfigParam(name, aliases, defaultValue, type, all, normalizer);
    }

    /** Settable only in redis.conf or on the command line, not by CONFIG SET. */
    ConfigParam immutableConfig() {
        return with(Flag.IMMUTABLE);
    }
}
