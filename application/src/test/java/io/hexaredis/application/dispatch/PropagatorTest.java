package io.hexaredis.application.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.domain.keyspace.Keyspace;
import io.hexaredis.domain.persistence.CommandJournal;
import io.hexaredis.domain.persistence.CommandReplay;
import io.hexaredis.domain.persistence.KeyspaceImage;
import io.hexaredis.domain.replication.Effect;
import io.hexaredis.domain.replication.ReplicationLog;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where effects go: the replication log and the AOF, or the replicas only (PUBLISH). */
class PropagatorTest {

    private final List<String> replicated = new ArrayList<>();
    private final List<String> journaled = new ArrayList<>();

    private static String words(Effect e) {
        List<String> w = new ArrayList<>();
        for (byte[] a : e.argv()) {
            w.add(new String(a, StandardCharsets.UTF_8));
        }
        return String.join(" ", w);
    }

    private final ReplicationLog log = new ReplicationLog() {
        @Override
        public void append(Effect effect) {
            replicated.add(words(effect));
        }

        @Override
        public long offset() {
            return replicated.size();
        }
    };

    private final CommandJournal journal = new CommandJournal() {
        @Override
        public boolean exists() {
            return false;
        }

        @Override
        public LoadResult load(Keyspace keyspace, CommandReplay replay) {
            return null;
        }

        @Override
        public void open(KeyspaceImage image) {}

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public void append(Effect effect) {
            journaled.add(words(effect));
        }

        @Override
        public void flush(boolean force) {}

        @Override
        public void close() {}

        @Override
        public long currentSize() {
            return 0;
        }

        @Override
        public long baseSize() {
            return 0;
        }

        @Override
        public String lastWriteStatus() {
            return "ok";
        }

        @Override
        public Rewrite beginRewrite(boolean startJournal) {
            return null;
        }
    };

    private final Propagator propagator = new Propagator(log, journal);

    private static byte[][] argv(String... words) {
        byte[][] argv = new byte[words.length][];
        for (int i = 0; i < words.length; i++) {
            argv[i] = words[i].getBytes(StandardCharsets.UTF_8);
        }
        return argv;
    }

    @Test
    void aPublishGoesToTheReplicasAndNotToTheAppendOnlyFile() {
        propagator.propagate(0, argv("SET", "k", "v"));
        propagator.propagateToReplicas(0, argv("PUBLISH", "c", "m"));
        assertEquals(List.of("SET k v", "PUBLISH c m"), replicated);
        assertEquals(List.of("SET k v"), journaled);
    }

    @Test
    void inATransactionTheAppendOnlyFileGetsTheWritesOnlyAndNoEmptyBlock() {
        propagator.beginTransaction();
        propagator.propagate(0, argv("SET", "k", "v"));
        propagator.propagateToReplicas(0, argv("PUBLISH", "c", "m"));
        propagator.endTransaction();
        assertEquals(List.of("MULTI", "SET k v", "PUBLISH c m", "EXEC"), replicated);
        assertEquals(List.of("MULTI", "SET k v", "EXEC"), journaled);
        journaled.clear();
        propagator.beginTransaction();
        propagator.propagateToReplicas(0, argv("PUBLISH", "c", "m"));
        propagator.endTransaction();
        assertEquals(List.of(), journaled);
    }
}
