package io.hexaredis.application.commands.zset;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.zset.RedisSortedSet;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The application {@link CommandHarness} (real dispatcher, keyspace, manual clock, recorded
 * effects and notifications) with what the sorted set tests also look at: the encoding of a
 * stored set, a client that switched to RESP3, and reply shapes.
 */
final class SortedSetHarness {

    final CommandHarness h = new CommandHarness();

    Reply run(String... words) {
        return h.run(words);
    }

    /** Runs the command and returns its reply as {@link CommandHarness#text} renders it. */
    String text(String... words) {
        return CommandHarness.text(run(words));
    }

    /** Commands run from now on come from a client that speaks RESP3 (as after HELLO 3). */
    SortedSetHarness resp3() {
        Call client = h.newClient();
        client.session().setProtocol(3);
        return this;
    }

    /** The stored sorted set of {@code key}, or null. */
    RedisSortedSet zset(String key) {
        return (RedisSortedSet) h.keyspace.db(0).get(key.getBytes(StandardCharsets.UTF_8), h.clock.millis());
    }

    String encoding(String key) {
        return zset(key).encoding();
    }

    boolean exists(String key) {
        return h.keyspace.db(0).exists(key.getBytes(StandardCharsets.UTF_8), h.clock.millis());
    }

    /** Runs setup commands and forgets their effects and notifications. */
    SortedSetHarness given(String... commands) {
        for (String c : commands) {
            Reply r = run(c.split(" "));
            if (r instanceof Reply.Error e) {
                throw new AssertionError(c + " -> " + e.line());
            }
        }
        h.clearRecords();
        return this;
    }

    void assertEffects(String... expected) {
        h.assertEffects(expected);
    }

    void assertEvents(String... expected) {
        h.assertNotifications(expected);
    }

    /** The reply's structure, for checking RESP2 and RESP3 shapes: "[a, [b, (double) 1.5]]"... */
    static String shape(Reply r) {
        if (r instanceof Reply.Array a) {
            List<String> items = new ArrayList<>();
            a.items().forEach(i -> items.add(shape(i)));
            return items.toString();
        }
        if (r instanceof Reply.DoubleReply d) {
            return "(double) " + io.hexaredis.domain.bytes.Numbers.formatDouble(d.value());
        }
        if (r instanceof Reply.Null n) {
            return n.array() ? "(nil array)" : "(nil)";
        }
        return CommandHarness.text(r);
    }
}
