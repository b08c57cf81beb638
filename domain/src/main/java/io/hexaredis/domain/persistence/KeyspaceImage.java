package io.hexaredis.domain.persistence;

import io.hexaredis.domain.keyspace.Database;
import io.hexaredis.domain.keyspace.KeyTable;
import io.hexaredis.domain.keyspace.Keyspace;
import java.io.IOException;

/**
 * The data a snapshot writes: each non-empty database with its size, then its keys with their
 * values and expiry times.
 *
 * <p>Redis's rdbSaveRio() walks {@code server.db} directly, in the parent (SAVE) or in the forked
 * child (BGSAVE), where memory is frozen at the fork. Here the walk is an interface so that the same
 * RDB writer can be fed either the live keyspace ({@link #live}, on the event-loop thread, for SAVE
 * and shutdown) or a {@link PointInTimeImage} (on a writer thread, for BGSAVE and AOF rewrites).
 */
public interface KeyspaceImage {

    /** Receives the image, database by database (Redis: the SELECTDB/RESIZEDB/key-value stream). */
    interface Visitor {

        /** The next database with keys: its index, its key count and how many keys have a TTL. */
        void database(int index, long size, long expires) throws IOException;

        /**
         * One key of the current database: the value is a {@code byte[]} string or a
         * {@link io.hexaredis.domain.keyspace.RedisValue}; {@code expireAt} is Unix ms or
         * {@link KeyTable#NO_EXPIRY}. Keys whose time has passed but that were not deleted yet are
         * included, as Redis includes them; the loader drops them.
         */
        void entry(byte[] key, Object value, long expireAt) throws IOException;
    }

    /** Sends the whole image to {@code visitor}, databases in index order. */
    void accept(Visitor visitor) throws IOException;

    /** The keyspace as it is now; only for use on the event-loop thread, which must not change it meanwhile. */
    static KeyspaceImage live(Keyspace keyspace) {
        return visitor -> {
            for (int i = 0; i < keyspace.databases(); i++) {
                Database db = keyspace.db(i);
                if (db.size() == 0) {
                    continue;
                }
                visitor.database(i, db.size(), db.volatileSize());
                IOException[] failure = new IOException[1];
                db.forEach(e -> {
                    if (failure[0] == null) {
                        try {
                            visitor.entry(e.key(), e.value(), e.expireAt());
                        } catch (IOException ex) {
                            failure[0] = ex;
                        }
                    }
                });
                if (failure[0] != null) {
                    throw failure[0];
                }
            }
        };
    }
}
