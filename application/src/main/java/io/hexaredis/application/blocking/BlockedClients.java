package io.hexaredis.application.blocking;

import io.hexaredis.application.server.ClientSession;
import io.hexaredis.domain.bytes.Bytes;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.keyspace.Keyspace;
import io.hexaredis.domain.keyspace.RedisValue;
import io.hexaredis.domain.keyspace.ValueType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The clients parked by blocking commands (BLPOP, BLMOVE, BLMPOP...), and the machinery that
 * wakes them up.
 *
 * <p>Redis: blocked.c, with the {@code blocking_keys} dictionary of each database, the
 * {@code ready_keys} list and the timeout table of timeout.c. The life of a blocked client:
 * <pre>
 *   BLPOP l 5 finds l empty ──► {@link #block}: queued on (db, "l"), in the timeout table;
 *                                 the session is marked blocked, the command answers nothing
 *   RPUSH l x (any client) ──► the keyspace reports l modified ──► {@link #signalKeyAsReady}
 *   after that command      ──► {@link #handleClientsBlockedOnKeys}: for each ready key, the
 *                                 clients waiting on it, first blocked first served, run their
 *                                 {@link BlockedOperation} while the key holds a non-empty value
 *                                 of their type; each served client gets its reply and leaves
 *   every event-loop turn   ──► {@link #handleTimeouts}: clients past their time get their
 *                                 timeout reply (a nil array for lists)
 * </pre>
 * A client also leaves when it disconnects ({@link #remove}) or is released by CLIENT UNBLOCK
 * ({@link #unblock(long, boolean)}). An unblocked client is told through its
 * {@code ClientOutput}, which sends the reply and lets the connection go on with the requests the
 * client sent meanwhile (Redis's queueClientForReprocessing()).
 *
 * <p>Keys are signalled on every change, not only on creation as Redis 7.0 does in dbAdd(): a key
 * made ready by RENAME, MOVE, SWAPDB, a MULTI block or the replication stream is noticed in the
 * same way, and a key that is not ready is skipped by one lookup. Serving happens after the whole
 * command that made the key ready (after EXEC for a transaction), so a client never sees a
 * half-done command, as in Redis.
 *
 * <p>The registry is generic in the command context {@code C}, so it needs nothing from the
 * dispatcher that runs the operations; sorted sets (BZPOPMIN, BZMPOP) block through it with
 * their own type and operation.
 */
public final class BlockedClients<C> {

    /** Runs a blocked client's operation the way the dispatcher runs a command. */
    @FunctionalInterface
    public interface Runner<C> {
        /** The operation's reply, or null if the client keeps waiting. */
        Reply run(BlockedClient<C> client, byte[] key);
    }

    /** A key of one database: clients block per database. */
    private record DbKey(int db, Bytes key) {}

    /** Redis 7.0's reply to a client released by CLIENT UNBLOCK ... ERROR. */
    public static final Reply UNBLOCKED_ERROR = Reply.error("UNBLOCKED client unblocked via CLIENT UNBLOCK");

    private static final Comparator<BlockedClient<?>> BY_TIMEOUT =
            Comparator.<BlockedClient<?>>comparingLong(BlockedClient::timeoutAt).thenComparingLong(c -> c.order);

    private final Keyspace keyspace;
    private final Map<DbKey, Set<BlockedClient<C>>> byKey = new HashMap<>();
    private final Map<Long, BlockedClient<C>> byClient = new HashMap<>();
    private final TreeSet<BlockedClient<C>> byTimeout = new TreeSet<>(BY_TIMEOUT);
    private Set<DbKey> readyKeys = new LinkedHashSet<>();
    private long order;

    public BlockedClients(Keyspace keyspace) {
        this.keyspace = keyspace;
    }

    /** Number of blocked clients (INFO clients: blocked_clients). */
    public int count() {
        return byClient.size();
    }

    /** Number of blocked clients with a timeout (INFO clients: clients_in_timeout_table). */
    public int countWithTimeout() {
        return byTimeout.size();
    }

    /** True when the client with this id is blocked here. */
    public boolean isBlocked(long clientId) {
        return byClient.containsKey(clientId);
    }

    /**
     * Parks {@code client} (Redis's blockForKeys()): queues it on each of its keys, after the
     * clients already waiting there, and marks its session blocked so that the connection reads
     * no further request until it is served.
     */
    public void block(BlockedClient<C> client) {
        client.order = order++;
        for (Bytes key : client.keys()) {
            byKey.computeIfAbsent(new DbKey(client.db(), key), k -> new LinkedHashSet<>()).add(client);
        }
        if (client.timeoutAt() > 0) {
            byTimeout.add(client);
        }
        byClient.put(client.session().id(), client);
        client.session().setBlocked(true);
    }

    /**
     * Notes that {@code key} may now hold what clients wait for (Redis's signalKeyAsReady()); they
     * are served by the next {@link #handleClientsBlockedOnKeys}. Cheap when nobody waits.
     */
    public void signalKeyAsReady(int db, byte[] key) {
        if (byKey.isEmpty()) {
            return;
        }
        DbKey k = new DbKey(db, Bytes.of(key));
        if (byKey.containsKey(k)) {
            readyKeys.add(k);
        }
    }

    /** Every waited-for key of {@code db} may have changed (FLUSHDB, SWAPDB: scanDatabaseForReadyKeys()). */
    public void signalDatabase(int db) {
        for (DbKey k : byKey.keySet()) {
            if (k.db() == db) {
                readyKeys.add(k);
            }
        }
    }

    public boolean hasReadyKeys() {
        return !readyKeys.isEmpty();
    }

    /**
     * Serves the clients waiting on the keys signalled ready (Redis's handleClientsBlockedOnKeys()).
     * A served operation may make further keys ready (BLMOVE pushes to its destination): the loop
     * goes on until no key is left.
     */
    public void handleClientsBlockedOnKeys(Runner<C> runner, long now) {
        while (!readyKeys.isEmpty()) {
            Set<DbKey> batch = readyKeys;
            readyKeys = new LinkedHashSet<>();
            for (DbKey k : batch) {
                Set<BlockedClient<C>> waiting = byKey.get(k);
                if (waiting != null) {
                    serveClientsBlockedOnKey(k, new ArrayList<>(waiting), runner, now);
                }
            }
        }
    }

    private void serveClientsBlockedOnKey(DbKey k, List<BlockedClient<C>> waiting, Runner<C> runner, long now) {
        Set<ValueType> exhausted = EnumSet.noneOf(ValueType.class);
        for (BlockedClient<C> client : waiting) {
            if (client.done || exhausted.contains(client.type())) {
                continue;
            }
            Object value = keyspace.db(k.db()).get(k.key().bytes(), now);
            if (!(value instanceof RedisValue v && v.type() == client.type() && v.size() > 0)) {
                exhausted.add(client.type());
                continue;
            }
            Reply reply = runner.run(client, k.key().bytes());
            if (reply != null) {
                unblock(client, reply);
            }
        }
    }

    /**
     * Releases the clients whose timeout has passed at {@code now} with their timeout reply
     * (Redis's handleBlockedClientsTimeout(): a client times out once its time is strictly past).
     */
    public void handleTimeouts(long now) {
        while (!byTimeout.isEmpty() && byTimeout.first().timeoutAt() < now) {
            BlockedClient<C> client = byTimeout.first();
            unblock(client, client.timeoutReply());
        }
    }

    /** The earliest timeout of a blocked client in Unix ms, or 0 when none has one. */
    public long nextTimeout() {
        return byTimeout.isEmpty() ? 0 : byTimeout.first().timeoutAt();
    }

    /**
     * CLIENT UNBLOCK: releases the client with this id, with its timeout reply or with the
     * UNBLOCKED error; false when it is not blocked here.
     */
    public boolean unblock(long clientId, boolean withError) {
        BlockedClient<C> client = byClient.get(clientId);
        if (client == null) {
            return false;
        }
        unblock(client, withError ? UNBLOCKED_ERROR : client.timeoutReply());
        return true;
    }

    /** Forgets the client of a closed connection, without replying (freeClient() calls unblockClient()). */
    public void remove(ClientSession session) {
        BlockedClient<C> client = byClient.get(session.id());
        if (client != null) {
            forget(client);
        }
    }

    /** Redis's unblockClient() followed by the reply: the client leaves every queue and is answered. */
    private void unblock(BlockedClient<C> client, Reply reply) {
        forget(client);
        client.session().output().send(reply);
        client.session().output().unblocked();
    }

    private void forget(BlockedClient<C> client) {
        client.done = true;
        for (Bytes key : client.keys()) {
            DbKey k = new DbKey(client.db(), key);
            Set<BlockedClient<C>> waiting = byKey.get(k);
            if (waiting != null) {
                waiting.remove(client);
                if (waiting.isEmpty()) {
                    byKey.remove(k);
                }
            }
        }
        byTimeout.remove(client);
        byClient.remove(client.session().id());
        client.session().setBlocked(false);
    }
}
