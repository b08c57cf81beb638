package io.hexaredis.application.persistence;

import io.hexaredis.domain.keyspace.Keyspace;
import io.hexaredis.domain.persistence.CommandJournal;
import io.hexaredis.domain.persistence.CommandReplay;
import io.hexaredis.domain.persistence.KeyspaceImage;
import io.hexaredis.domain.persistence.SnapshotStore;
import io.hexaredis.domain.replication.Effect;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * In-memory stand-ins for the persistence ports: a snapshot store that remembers the last image it
 * saved (as "db/key=value" lines) and a journal that records what it was asked to do. Formats are
 * the adapter's business and tested there; these let the policy be tested alone.
 */
final class InMemorySnapshots {

    private InMemorySnapshots() {}

    static Map<String, String> render(KeyspaceImage image) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        int[] db = {0};
        image.accept(new KeyspaceImage.Visitor() {
            @Override
            public void database(int index, long size, long expires) {
                db[0] = index;
            }

            @Override
            public void entry(byte[] key, Object value, long expireAt) {
                out.put(db[0] + "/" + new String(key), new String((byte[]) value));
            }
        });
        return out;
    }

    static final class Store implements SnapshotStore {
        volatile Map<String, String> saved;
        volatile boolean fail;
        int saves;

        @Override
        public void write(KeyspaceImage image, OutputStream out, boolean aofBase) {}

        @Override
        public LoadReport read(InputStream in, Keyspace keyspace, boolean aofBase) {
            return null;
        }

        @Override
        public void save(KeyspaceImage image) throws IOException {
            if (fail) {
                throw new IOException("disk full");
            }
            saved = render(image);
            saves++;
        }

        @Override
        public LoadReport load(Keyspace keyspace) {
            return null;
        }

        @Override
        public byte[] dump(Object value) {
            byte[] s = (byte[]) value;
            byte[] payload = new byte[s.length + 1];
            payload[0] = 'D';
            System.arraycopy(s, 0, payload, 1, s.length);
            return payload;
        }

        @Override
        public boolean isValidDump(byte[] payload) {
            return payload.length > 0 && payload[0] == 'D';
        }

        @Override
        public Object restore(byte[] payload) {
            return payload.length == 1 ? null : java.util.Arrays.copyOfRange(payload, 1, payload.length);
        }
    }

    static final class Journal implements CommandJournal {
        final List<String> events = new ArrayList<>();
        final List<Effect> appended = new ArrayList<>();
        boolean open;
        volatile Map<String, String> base;

        @Override
        public boolean exists() {
            return false;
        }

        @Override
        public LoadResult load(Keyspace keyspace, CommandReplay replay) {
            return new LoadResult(0, false, 0);
        }

        @Override
        public void open(KeyspaceImage image) {
            events.add("open");
            open = true;
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void append(Effect effect) {
            if (open) {
                appended.add(effect);
            }
        }

        @Override
        public void flush(boolean force) {}

        @Override
        public void close() {
            events.add("close");
            open = false;
        }

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
            events.add("begin(" + startJournal + ")");
            if (startJournal) {
                open = true;
            }
            return new Rewrite() {
                @Override
                public void writeBase(KeyspaceImage image) throws IOException {
                    base = render(image);
                }

                @Override
                public void commit() {
                    events.add("commit");
                }

                @Override
                public void abort() {
                    events.add("abort");
                }
            };
        }
    }
}
