package io.hexaredis.application.config;

/**
 * The value of {@code notify-keyspace-events}: a set of flag characters, shown by CONFIG GET in
 * Redis's canonical order. Redis: keyspaceEventsStringToFlags() and keyspaceEventsFlagsToString()
 * in notify.c.
 * <pre>
 *   K keyspace events (__keyspace@db__:key)      E keyevent events (__keyevent@db__:event)
 *   g generic   $ string   l list   s set   h hash   z sorted set   t stream   d module
 *   x expired   e evicted  m key miss   n new key   A alias for "g$lshzxetd"
 * </pre>
 */
public final class NotifyKeyspaceEventsFormat {

    /** The classes "A" stands for, in canonical order. */
    static final String ALL = "g$lshzxetd";

    private NotifyKeyspaceEventsFormat() {}

    public static String normalize(String value) {
        boolean[] seen = new boolean[128];
        for (char c : value.toCharArray()) {
            if (c == 'A') {
                for (char a : ALL.toCharArray()) {
                    seen[a] = true;
                }
            } else if (c < 128 && (ALL.indexOf(c) >= 0 || "KEmn".indexOf(c) >= 0)) {
                seen[c] = true;
            } else {
                throw new IllegalArgumentException("Invalid event class character. Use 'Ag$lshzxeKEtmdn'.");
            }
        }
        StringBuilder out = new StringBuilder();
        boolean all = true;
        for (char a : ALL.toCharArray()) {
            all &= seen[a];
        }
        if (all) {
            out.append('A');
        } else {
            for (char a : ALL.toCharArray()) {
                if (seen[a]) {
                    out.append(a);
                }
            }
        }
        for (char c : "KEm".toCharArray()) {
            if (seen[c]) {
                out.append(c);
            }
        }
        // Redis 7.0 accepts 'n' (new-key events) but leaves it out of the text it reports, and so
        // out of a CONFIG REWRITE: the same here, where no new-key events are published.
        return out.toString();
    }
}
