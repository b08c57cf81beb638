package io.hexaredis.application.server;

import io.hexaredis.application.config.Config;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code client-output-buffer-limit}: how much unsent output a client may accumulate before the
 * server disconnects it, per class of client.
 *
 * <p>Redis: checkClientOutputBufferLimits() in networking.c. Each class has a hard limit
 * (disconnect at once) and a soft limit with a duration (disconnect when over the soft limit for
 * that many seconds without interruption); 0 disables a limit. Defaults: normal 0 0 0, replica
 * 256mb 64mb 60, pubsub 32mb 8mb 60. A slow subscriber or replica therefore cannot grow the
 * server's memory without bound.
 */
public final class OutputBufferLimits {

    /** The classes of clients that have limits. */
    public enum Class { NORMAL, REPLICA, PUBSUB }

    private record Limit(long hard, long soft, long softSeconds) {}

    private final Map<Class, Limit> limits = new EnumMap<>(Class.class);
    private final Map<Long, Long> softSince = new HashMap<>();

    public OutputBufferLimits(Config config) {
        apply(config.get("client-output-buffer-limit"));
        config.onChange("client-output-buffer-limit", this::apply);
    }

    private void apply(String value) {
        limits.put(Class.NORMAL, new Limit(0, 0, 0));
        limits.put(Class.REPLICA, new Limit(256L << 20, 64L << 20, 60));
        limits.put(Class.PUBSUB, new Limit(32L << 20, 8L << 20, 60));
        String[] words = value.trim().isEmpty() ? new String[0] : value.trim().split("\\s+");
        for (int i = 0; i + 3 < words.length; i += 4) {
            Class c = switch (words[i].toLowerCase(Locale.ROOT)) {
                case "normal" -> Class.NORMAL;
                case "replica", "slave" -> Class.REPLICA;
                case "pubsub" -> Class.PUBSUB;
                default -> throw new IllegalArgumentException("Invalid client class specified in buffer limit configuration.");
            };
            limits.put(c, new Limit(bytes(words[i + 1]), bytes(words[i + 2]), Long.parseLong(words[i + 3])));
        }
    }

    /** CONFIG stores the value normalized, with plain byte counts. */
    private static long bytes(String v) {
        return Long.parseLong(v);
    }

    /** The hard limit of class {@code c} in bytes, 0 when disabled. */
    public long hardLimit(Class c) {
        return limits.get(c).hard;
    }

    /**
     * Disconnects {@code client} if its pending output breaks the limits of {@code c}; true if it
     * did. Called after output is queued for a client of that class.
     */
    public boolean check(ClientSession client, Class c, long nowMillis) {
        Limit limit = limits.get(c);
        long pending = client.output().pendingBytes();
        boolean over = limit.hard > 0 && pending >= limit.hard;
        if (!over && limit.soft > 0 && pending >= limit.soft) {
            long since = softSince.computeIfAbsent(client.id(), id -> nowMillis);
            over = nowMillis - since >= limit.softSeconds * 1000;
        } else if (!over) {
            softSince.remove(client.id());
        }
        if (over) {
            softSince.remove(client.id());
            client.output().kill();
        }
        return over;
    }
}
