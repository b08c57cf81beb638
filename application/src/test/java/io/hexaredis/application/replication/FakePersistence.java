package io.hexaredis.application.replication;

import io.hexaredis.application.config.Config;
import io.hexaredis.application.persistence.Persistence;
import io.hexaredis.domain.keyspace.Keyspace;
import io.hexaredis.domain.persistence.CommandJournal;
import io.hexaredis.domain.persistence.CommandReplay;
import io.hexaredis.domain.persistence.KeyspaceImage;
import io.hexaredis.domain.persistence.SnapshotStore;
import io.hexaredis.domain.replication.Effect;
import io.hexaredis.domain.time.Clock;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A real Persistence service over stand-ins for its ports: a snapshot store whose "RDB" is the
 * list of keys as text ("RDB[0/a 0/b]"), and a journal that does nothing. The RDB format is the
 * persistence adapter's business; these let full resynchronization be tested alone.
 */
final class FakePersistence {

    private FakePersistence() {}

    static final class Store implements SnapshotStore {
        volatile boolean fail;

        @Override
        public void write(KeyspaceImage image, OutputStream out, boolean aofBase) throws IOException {
            if (fail) {
                throw new IOException("disk full");
            }
            StringBuilder text = new StringBuilder("RDB[");
            int[] db = {0};
            image.accept(new KeyspaceImage.Visitor() {
                @Override
                public void database(int index, long size, long expires) {
                    db[0] = index;
                }

                @Override
                public void entry(byte[] key, Object value, long expireAt) {
                    text.append(text.length() > 4 ? " " : "").append(db[0]).append('/')
                            .append(new String(key, StandardCharsets.UTF_8));
                }
            });
            out.write(text.append(']').toString().getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public LoadReport read(InputStream in, Keyspace keyspace, boolean aofBase) {
            return null;
        }

        @Override
        public void save(KeyspaceImage image) {}

        @Override
        public LoadReport load(Keyspace keyspace) {
            return null;
        }

        @Override
        public byte[] dump(Object value) {
            return new byte[0];
        }

        @Override
        public boolean isValidDump(byte[] payload) {
            return false;
        }

        @Override
        public Object restore(byte[] payload) {
            return null;
        }
    }

    static final class Journal implements CommandJournal {
        @Override
        public boolean exists() {
            return false;
        }

        @Override
        public LoadResult load(Keyspace keyspace, CommandReplay replay) {
            return new LoadResult(0, false, 0);
        }

        @Override
        public void open(KeyspaceImage image) {}

        @Override
        public boolean isOpen() {
            return false;
        }

        @Override
        public void append(Effect effect) {}

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
            throw new UnsupportedOperationException("no AOF here");
        }
    }

    static Persistence create(Config config, Keyspace keyspace, Clock clock, Store store) {
        return new Persistence(config, keyspace, clock, store, new Journal());
    }
}
