package io.hexaredis.application.commands.zset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.commands.StandardCommands;
import io.hexaredis.application.dispatch.Call;
import io.hexaredis.application.dispatch.CommandDispatcher;
import io.hexaredis.application.dispatch.Propagator;
import io.hexaredis.application.server.ClientSession;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.replication.Effect;
import io.hexaredis.domain.replication.ReplicationLog;
import io.hexaredis.domain.zset.RedisSortedSet;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The application {@link CommandHarness} (real dispatcher, keyspace, manual clock, recorded
 * effects) plus what the sorted set tests also look at: keyspace notifications, the encoding of a
 * stored set, and a client that switched to RESP3.
 */
final class SortedSetHarness {

    final CommandHarness h = new CommandHarness();
    /** Notifications as "event key", in order. */
    final List<String> events = new ArrayList<>();
    private final CommandDispatcher dispatcher;
    private final Call client;

    SortedSetHarness() {
        ReplicationLog log = new ReplicationLog() {
            @Override
            public void append(Effect effect) {
                h.effects.add(effect);
            }

            @Override
            public long offset() {
                return h.effects.size();
            }
        };
        dispatcher = new CommandDispatcher(StandardCommands.table(), h.server, new Propagator(log),
                (type, event, key, db) -> events.add(event + " " + new String(key, StandardCharsets.UTF_8)));
        ClientSession session = new ClientSession(h.server.clients().nextId(), "127.0.0.1:50000", "127.0.0.1:6379", 9,
                h.clock.millis(), new CommandHarness.RecordingOutput());
        session.setAuthenticated(true);
        h.server.clients().add(session);
        client = dispatcher.newCall(session);
    }

    Reply run(String... words) {
        byte[][] argv = new byte[words.length][];
        for (int i = 0; i < words.length; i++) {
            argv[i] = words[i].getBytes(StandardCharsets.UTF_8);
        }
        return dispatcher.dispatch(client, argv);
    }

    /** Runs the command and returns its reply as {@link CommandHarness#text} renders it. */
    String text(String... words) {
        return CommandHarness.text(run(words));
    }

    /** The client speaks RESP3 from now on (what HELLO 3 does). */
    SortedSetHarness resp3() {
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

    /** Runs setup commands and forgets their effects and events. */
    SortedSetHarness given(String... commands) {
        for (String c : commands) {
            Reply r = run(c.split(" "));
            if (r instanceof Reply.Error e) {
                throw new AssertionError(c + " -> " + e.line());
            }
        }
        h.clearEffects();
        events.clear();
        return this;
    }

    void assertEffects(String... expected) {
        h.assertEffects(expected);
    }

    void assertEvents(String... expected) {
        assertEquals(List.of(expected), events);
    }

    /** The reply's structure, for checking RESP2 and RESP3 shapes: "[a, [b, 1.5]]", "(double) 1.5"... */
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
