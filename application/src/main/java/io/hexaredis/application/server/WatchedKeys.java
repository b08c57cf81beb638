package io.hexaredis.application.server;

import io.hexaredis.domain.bytes.Bytes;
import io.hexaredis.domain.keyspace.Database;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * WATCH: optimistic locking for MULTI/EXEC. A client watches keys; any change to one of them before
 * its EXEC makes that EXEC answer a null array and run nothing.
 *
 * <p>Redis: multi.c (watchForKey, touchWatchedKey, touchAllWatchedKeysInDb, isWatchedKeyExpired)
 * and the {@code watched_keys} dict of each redisDb. Here one map from (db, key) to the clients
 * watching it; the keyspace listener calls {@link #touch} for every write, delete and expiry of a
 * key, and {@link #touchDatabase} when a whole database is flushed or swapped. A read never
 * touches a key.
 *
 * <p>One more case: a key that is alive at WATCH time and expires before EXEC without anybody
 * reading it has not been touched (nothing deleted it yet), but its value changed from "there" to
 * "gone". EXEC checks for that ({@link #anyExpiredSinceWatch}).
 */
public final class WatchedKeys {

    /** One watched key of one client, remembering whether it was alive when watched. */
    public record Watch(int db, Bytes key, boolean existedAtWatch) {}

    private final Map<Integer, Map<Bytes, List<ClientSession>>> byDb = new HashMap<>();

    public void watch(ClientSession client, Database db, byte[] key, long now) {
        Bytes k = Bytes.of(key);
        for (Watch w : client.watches()) {
            if (w.db() == db.id() && w.key().equals(k)) {
                return;
            }
        }
        client.watches().add(new Watch(db.id(), k, db.exists(key, now)));
        byDb.computeIfAbsent(db.id(), d -> new HashMap<>()).computeIfAbsent(k, x -> new ArrayList<>()).add(client);
    }

    /** UNWATCH, and the end of every EXEC or DISCARD (unwatchAllKeys()). */
    public void unwatchAll(ClientSession client) {
        for (Watch w : client.watches()) {
            Map<Bytes, List<ClientSession>> keys = byDb.get(w.db());
            List<ClientSession> watchers = keys.get(w.key());
            watchers.remove(client);
            if (watchers.isEmpty()) {
                keys.remove(w.key());
            }
        }
        client.watches().clear();
        client.setWatchDirty(false);
    }

    /** A write to {@code key} in {@code db}: every client watching it will fail its EXEC. */
    public void touch(int db, byte[] key) {
        Map<Bytes, List<ClientSession>> keys = byDb.get(db);
        if (keys == null || keys.isEmpty()) {
            return;
        }
        List<ClientSession> watchers = keys.get(Bytes.of(key));
        if (watchers != null) {
            for (ClientSession c : watchers) {
                c.setWatchDirty(true);
            }
        }
    }

    /** FLUSHDB, FLUSHALL, SWAPDB: every key watched in {@code db} counts as changed. */
    public void touchDatabase(int db) {
        Map<Bytes, List<ClientSession>> keys = byDb.get(db);
        if (keys == null) {
            return;
        }
        for (List<ClientSession> watchers : keys.values()) {
            for (ClientSession c : watchers) {
                c.setWatchDirty(true);
            }
        }
    }

    /** True if a key the client watched while it existed has since expired (isWatchedKeyExpired()). */
    public boolean anyExpiredSinceWatch(ClientSession client, java.util.function.IntFunction<Database> dbs, long now) {
        for (Watch w : client.watches()) {
            if (w.existedAtWatch() && !dbs.apply(w.db()).exists(w.key().bytes(), now)) {
                return true;
            }
        }
        return false;
    }

    /** Number of keys watched by anyone (INFO's watching_clients / total watched keys). */
    public int watchedKeyCount() {
        int n = 0;
        for (Map<Bytes, List<ClientSession>> keys : byDb.values()) {
            n += keys.size();
        }
        return n;
    }
}
