package io.hexaredis.application.pubsub;

import io.hexaredis.application.config.Config;
import io.hexaredis.application.server.KeyspaceNotifier;
import io.hexaredis.domain.command.NotifyType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Keyspace notifications: every change to the keyspace, published on pub/sub channels for whoever
 * listens.
 *
 * <p>Redis: notifyKeyspaceEvent() in notify.c. For a change of class {@code type} (generic,
 * string, list... see {@link NotifyType}) named {@code event} ("set", "del", "expired", "lpush"...)
 * on {@code key} in database {@code db}, and if {@code notify-keyspace-events} enables that class:
 * <pre>
 *   with K:  PUBLISH __keyspace@&lt;db&gt;__:&lt;key&gt;   &lt;event&gt;
 *   with E:  PUBLISH __keyevent@&lt;db&gt;__:&lt;event&gt; &lt;key&gt;
 * </pre>
 * Off by default (the empty string): the check is one integer test per write, so commands call this
 * unconditionally, at the same places Redis does.
 *
 * <p>Most events come from the commands; two come from the keyspace itself, through the
 * dispatcher's listener: "expired" (lazy and active expiry) and "new" (class n, a key added, as
 * dbAdd() reports it). Class m ("keymiss", which lookupKeyRead() publishes when a read finds no key)
 * is accepted but never published here: the keyspace does not tell read lookups from write ones.
 */
public final class KeyspaceEvents implements KeyspaceNotifier {

    private final PubSub pubsub;
    private volatile int flags;
    private static final int KEYSPACE = 1 << 30;
    private static final int KEYEVENT = 1 << 29;

    public KeyspaceEvents(PubSub pubsub, Config config) {
        this.pubsub = pubsub;
        this.flags = parse(config.get("notify-keyspace-events"));
        config.onChange("notify-keyspace-events", v -> flags = parse(v));
    }

    @Override
    public void notify(NotifyType type, String event, byte[] key, int db) {
        int f = flags;
        if ((f & bit(type)) == 0 || (f & (KEYSPACE | KEYEVENT)) == 0) {
            return;
        }
        byte[] eventBytes = event.getBytes(StandardCharsets.US_ASCII);
        if ((f & KEYSPACE) != 0) {
            pubsub.publish(channel("__keyspace@", db, key), eventBytes);
        }
        if ((f & KEYEVENT) != 0) {
            pubsub.publish(channel("__keyevent@", db, eventBytes), key);
        }
    }

    private static byte[] channel(String prefix, int db, byte[] suffix) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(prefix.length() + 8 + suffix.length);
        byte[] head = (prefix + db + "__:").getBytes(StandardCharsets.US_ASCII);
        out.write(head, 0, head.length);
        out.write(suffix, 0, suffix.length);
        return out.toByteArray();
    }

    private static int bit(NotifyType type) {
        return 1 << type.ordinal();
    }

    /** The normalized flag string (as CONFIG GET shows it) to a bit set. */
    static int parse(String value) {
        int f = 0;
        for (char c : value.toCharArray()) {
            if (c == 'A') {
                for (char a : "g$lshzxetd".toCharArray()) {
                    f |= classBit(a);
                }
            } else if (c == 'K') {
                f |= KEYSPACE;
            } else if (c == 'E') {
                f |= KEYEVENT;
            } else {
                f |= classBit(c);
            }
        }
        return f;
    }

    private static int classBit(char c) {
        for (NotifyType t : NotifyType.values()) {
            if (t.flag() == c) {
                return bit(t);
            }
        }
        return 0; // 'd' (modules): no module events here
    }
}
