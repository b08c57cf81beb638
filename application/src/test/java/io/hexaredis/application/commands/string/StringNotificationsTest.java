package io.hexaredis.application.commands.string;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.commands.StandardCommands;
import io.hexaredis.application.dispatch.Call;
import io.hexaredis.application.dispatch.CommandDispatcher;
import io.hexaredis.application.dispatch.Propagator;
import io.hexaredis.application.server.ClientSession;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The keyspace events each string command publishes, with Redis's event names and classes ("new",
 * class n, whenever a key is created).
 */
class StringNotificationsTest {

    private final CommandHarness h = new CommandHarness();
    private final List<String> events = new ArrayList<>();
    private final CommandDispatcher dispatcher = new CommandDispatcher(StandardCommands.table(), h.server,
            new Propagator(new io.hexaredis.domain.replication.ReplicationLog() {
                @Override
                public void append(io.hexaredis.domain.replication.Effect effect) {}

                @Override
                public long offset() {
                    return 0;
                }
            }),
            (type, event, key, db) -> events.add(type.flag() + event + " " + new String(key, StandardCharsets.UTF_8)));
    private final Call call = dispatcher.newCall(new ClientSession(99, "127.0.0.1:1", "127.0.0.1:6379", 9, 0,
            new CommandHarness.RecordingOutput()));

    private List<String> eventsOf(String... words) {
        events.clear();
        byte[][] argv = new byte[words.length][];
        for (int i = 0; i < words.length; i++) {
            argv[i] = words[i].getBytes(StandardCharsets.UTF_8);
        }
        dispatcher.dispatch(call, argv);
        return List.copyOf(events);
    }

    @Test
    void setFamily() {
        assertEquals(List.of("nnew k", "$set k"), eventsOf("SET", "k", "v"));
        assertEquals(List.of("$set k", "gexpire k"), eventsOf("SET", "k", "v", "EX", "10"));
        assertEquals(List.of("$set k", "gexpire k"), eventsOf("SETEX", "k", "10", "v"));
        assertEquals(List.of("$set k", "gexpire k"), eventsOf("PSETEX", "k", "10", "v"));
        assertEquals(List.of(), eventsOf("SET", "k", "v", "NX"));
        assertEquals(List.of(), eventsOf("SETNX", "k", "v"));
        assertEquals(List.of("nnew n", "$set n"), eventsOf("SETNX", "n", "v"));
        assertEquals(List.of("$set k"), eventsOf("GETSET", "k", "v"));
        assertEquals(List.of("nnew a", "$set a", "nnew b", "$set b"), eventsOf("MSET", "a", "1", "b", "2"));
        assertEquals(List.of("nnew c", "$set c", "nnew d", "$set d"), eventsOf("MSETNX", "c", "1", "d", "2"));
    }

    @Test
    void getFamily() {
        eventsOf("SET", "k", "v");
        assertEquals(List.of(), eventsOf("GETEX", "k"));
        assertEquals(List.of("gexpire k"), eventsOf("GETEX", "k", "EX", "10"));
        assertEquals(List.of("gpersist k"), eventsOf("GETEX", "k", "PERSIST"));
        assertEquals(List.of("gdel k"), eventsOf("GETEX", "k", "PXAT", "1"));
        eventsOf("SET", "k", "v");
        assertEquals(List.of("gdel k"), eventsOf("GETDEL", "k"));
    }

    @Test
    void modifications() {
        assertEquals(List.of("nnew k", "$append k"), eventsOf("APPEND", "k", "1"));
        assertEquals(List.of("$setrange k"), eventsOf("SETRANGE", "k", "1", "2"));
        assertEquals(List.of(), eventsOf("SETRANGE", "k", "1", ""));
        assertEquals(List.of("$incrby k"), eventsOf("INCR", "k"));
        assertEquals(List.of("$incrby k"), eventsOf("DECR", "k"));
        assertEquals(List.of("$incrby k"), eventsOf("INCRBY", "k", "2"));
        assertEquals(List.of("$incrby k"), eventsOf("DECRBY", "k", "2"));
        assertEquals(List.of("$incrbyfloat k"), eventsOf("INCRBYFLOAT", "k", "1.5"));
    }
}
