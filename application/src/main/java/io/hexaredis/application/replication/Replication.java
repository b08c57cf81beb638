package io.hexaredis.application.replication;

import io.hexaredis.application.config.Config;
import io.hexaredis.application.server.ClientSession;
import io.hexaredis.application.server.ServerState;
import io.hexaredis.domain.command.Reply;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replication as the rest of the server sees it: both roles of this server, the master serving its
 * replicas and the replica following its master, and what commands, the dispatcher, INFO and the
 * cron ask of them.
 *
 * <p>Redis: replication.c. The master side is here: SYNC/PSYNC (syncCommand() and
 * masterTryPartialResynchronization()), the REPLCONF options a replica sends, ROLE, the
 * replication section of INFO, and replicationCron()'s duties toward replicas (PING every
 * {@code repl-ping-replica-period} seconds, dropping replicas silent for {@code repl-timeout},
 * counting the good ones for {@code min-replicas-to-write}, freeing the backlog after
 * {@code repl-backlog-ttl} without replicas). The stream itself is the {@link Backlog}'s; the
 * replica side is {@link ReplicaState}; the snapshot of a full resynchronization is
 * {@link FullSync}'s; WAIT is {@link WaitingClients}'s.
 *
 * <p>A replica is not a connection of its own kind: it is a client that sent PSYNC (or SYNC), and
 * from then on its connection carries the stream (Redis's CLIENT_SLAVE flag).
 *
 * <p>Event-loop thread only.
 */
public final class Replication {

    private static final Logger LOG = LoggerFactory.getLogger(Replication.class);

    /** Error lines of Redis 7.0. */
    public static final String NOREPLICAS = "NOREPLICAS Not enough good replicas to write.";
    public static final String READONLY = "READONLY You can't write against a read only replica.";
    public static final String MASTERDOWN =
            "MASTERDOWN Link with MASTER is down and replica-serve-stale-data is set to 'no'.";
    static final String NOMASTERLINK = "NOMASTERLINK Can't SYNC while not connected with my master";
    static final String PENDING_OUTPUT = "ERR SYNC and PSYNC are invalid with pending output";
    static final String FILTERED_NEEDS_EOF = "ERR Filtered replica requires EOF capability";

    private static final byte[][] PING = {bytes("PING")};
    private static final byte[][] GETACK = {bytes("REPLCONF"), bytes("GETACK"), bytes("*")};

    private final ServerState server;
    private final Config config;
    private final Backlog backlog;
    private final Replicas replicas;
    private final ReplicaState replica;
    private final FullSync fullSync;
    private final WaitingClients waiting;
    private int goodReplicas;
    private long noReplicasSinceMillis;
    private long cronLoops;
    private long nextCronMillis;
    private boolean getAckRequested;

    public Replication(ServerState server, Backlog backlog, Replicas replicas, FullSync fullSync) {
        this.server = server;
        this.config = server.config();
        this.backlog = backlog;
        this.replicas = replicas;
        this.fullSync = fullSync;
        this.replica = new ReplicaState(server, this, backlog, replicas);
        this.waiting = new WaitingClients(replicas, server.clock());
        this.noReplicasSinceMillis = server.clock().millis();
        config.onChange("repl-backlog-size", v -> backlog.resize(config.getLong("repl-backlog-size")));
        config.onChange("min-replicas-to-write", v -> refreshGoodReplicas()); // updateGoodSlaves() in config.c
        config.onChange("min-replicas-max-lag", v -> refreshGoodReplicas());
        fullSync.attach(this);
    }

    public Backlog backlog() {
        return backlog;
    }

    public Replicas replicas() {
        return replicas;
    }

    /** Our side as a replica: the master we follow, the link, the applied offset. */
    public ReplicaState replica() {
        return replica;
    }

    public WaitingClients waiting() {
        return waiting;
    }

    FullSync fullSync() {
        return fullSync;
    }

    ServerState server() {
        return server;
    }

    /** True while this server replicates another (Redis: {@code server.masterhost != NULL}). */
    public boolean isReplica() {
        return replica.masterHost() != null;
    }

    // ---- SYNC, PSYNC and REPLCONF: the master's side of the handshake ----

    /**
     * Why {@code session} may not start a synchronization now, or null (syncCommand()'s checks): a
     * replica can serve a replica of its own only while its own link is up, and the reply buffer
     * must be empty, because the stream will follow the reply directly.
     */
    public String syncRefusal(ClientSession session) {
        if (isReplica() && !replica.linkUp()) {
            return NOMASTERLINK;
        }
        if (session.output().pendingBytes() > 0) {
            return PENDING_OUTPUT;
        }
        Replica.Handshake h = replicas.handshake(session);
        if (h.excludeData() && !h.capaEof()) {
            return FILTERED_NEEDS_EOF;
        }
        return null;
    }

    /**
     * PSYNC: continue the replica's history from {@code offset} if the backlog allows it
     * ("+CONTINUE" and the missing bytes, at once), else start a full resynchronization.
     */
    public Reply psync(ClientSession session, String replid, long offset) {
        LOG.info("Replica {} asks for synchronization", name(session));
        Backlog.Resync decision = backlog.tryPartialResync(replid, offset);
        if (decision instanceof Backlog.Resync.Continue c) {
            Replica r = replicas.attach(session, false, Replica.State.ONLINE);
            byte[] missing = backlog.bytesFrom(c.offset());
            String line = r.capaPsync2() ? "+CONTINUE " + backlog.replicationId() + "\r\n" : "+CONTINUE\r\n";
            byte[] reply = new byte[line.length() + missing.length];
            System.arraycopy(line.getBytes(StandardCharsets.US_ASCII), 0, reply, 0, line.length());
            System.arraycopy(missing, 0, reply, line.length(), missing.length);
            server.stats().syncPartialOk++;
            refreshGoodReplicas();
            LOG.info("Partial resynchronization request from {} accepted. Sending {} bytes of backlog starting from offset {}.",
                    name(session), missing.length, offset);
            return new Reply.Raw(reply);
        }
        LOG.info("{}", ((Backlog.Resync.Full) decision).reason().replace("by replica", "by replica " + name(session))
                .replace("with replica", "with replica " + name(session)));
        if (!replid.startsWith("?")) {
            server.stats().syncPartialErr++;
        }
        return fullResync(session, false);
    }

    /** SYNC: the protocol before PSYNC; always a full resynchronization, and no ACKs expected. */
    public Reply sync(ClientSession session) {
        LOG.info("Replica {} asks for synchronization", name(session));
        return fullResync(session, true);
    }

    private Reply fullResync(ClientSession session, boolean oldProtocol) {
        server.stats().syncFull++;
        Replica r = replicas.attach(session, oldProtocol, Replica.State.WAIT_BGSAVE);
        if (replicas.size() == 1 && !backlog.isActive()) {
            // A backlog created from nothing starts a new history: no replica can have a past in it.
            backlog.changeReplicationId();
            backlog.clearReplicationId2();
            backlog.create();
            LOG.info("Replication backlog created, my new replication IDs are '{}' and '{}'",
                    backlog.replicationId(), backlog.replicationId2());
        }
        fullSync.request(r);
        return Reply.NONE; // +FULLRESYNC goes out when the snapshot starts, with its offset
    }

    /** REPLCONF listening-port: the port the replica listens on, shown by INFO and ROLE. */
    public void announcePort(ClientSession session, int port) {
        replicas.updateHandshake(session, h -> h.withPort(port));
    }

    /** REPLCONF ip-address: the address to show instead of the connection's peer address. */
    public void announceIp(ClientSession session, String ip) {
        replicas.updateHandshake(session, h -> h.withIp(ip));
    }

    /** REPLCONF capa: what the replica can parse; unknown capabilities are ignored. */
    public void announceCapability(ClientSession session, String capa) {
        replicas.updateHandshake(session, h -> h.withCapa(capa.equalsIgnoreCase("eof"), capa.equalsIgnoreCase("psync2")));
    }

    /**
     * REPLCONF rdb-filter-only: the parts of the snapshot to include, of which Redis 7.0 knows one,
     * "functions"; no keys either way. Returns the error line for an unknown part, or null.
     */
    public String rdbFilter(ClientSession session, String filters) {
        for (String part : filters.trim().split("\\s+")) {
            if (!part.isEmpty() && !part.equalsIgnoreCase("functions")) {
                return "ERR Unsupported rdb-filter-only option: " + part;
            }
        }
        replicas.updateHandshake(session, h -> h.withExcludeData(true));
        return null;
    }

    /** REPLCONF rdb-only: the client wants the snapshot only, then the connection ends. */
    public void rdbOnly(ClientSession session, boolean rdbOnly) {
        replicas.updateHandshake(session, h -> h.withRdbOnly(rdbOnly));
    }

    /**
     * REPLCONF ACK: the replica has applied the stream up to {@code offset}. The first ACK after a
     * payload framed by an end mark lets the stream flow; WAIT may now be satisfied.
     */
    public void ack(ClientSession session, long offset) {
        Replica r = replicas.get(session);
        if (r == null) {
            return;
        }
        r.ack(offset, server.clock().millis());
        if (r.holdUntilAck() && r.state() != Replica.State.WAIT_BGSAVE) {
            // The replica has loaded its payload: the stream may flow (once the payload is out).
            r.setHoldUntilAck(false);
            if (r.state() == Replica.State.ONLINE) {
                replicas.startStreaming(r);
            }
        }
        waiting.acknowledged();
    }

    /**
     * REPLCONF GETACK, received by a replica from its master: acknowledge at once (the master is
     * waiting for it, usually for a WAIT).
     */
    public void getAck(ClientSession session) {
        if (session.isMaster()) {
            replica.sendAck();
        }
    }

    // ---- what the rest of the server asks ----

    /**
     * Why a write command of {@code session} is refused, or null (processCommand()'s checks, in its
     * order): not enough good replicas for {@code min-replicas-to-write}, then a read-only replica.
     * The master's own stream is never refused.
     */
    public String writeRefusal(ClientSession session) {
        if (!isReplica() && !enoughGoodReplicas()) {
            return NOREPLICAS;
        }
        if (isReplica() && !session.isMaster() && config.getBool("replica-read-only")) {
            return READONLY;
        }
        return null;
    }

    /**
     * MASTERDOWN for a command without the STALE flag, while this replica's link is down and
     * {@code replica-serve-stale-data} is no; null otherwise.
     */
    public String staleRefusal() {
        if (isReplica() && !replica.linkUp() && !config.getBool("replica-serve-stale-data")) {
            return MASTERDOWN;
        }
        return null;
    }

    private boolean enoughGoodReplicas() {
        int min = config.getInt("min-replicas-to-write");
        int maxLag = config.getInt("min-replicas-max-lag");
        return min == 0 || maxLag == 0 || goodReplicas >= min;
    }

    /** A connection closed: if it was a replica, it is one no more (freeClient()'s replica part). */
    public void clientClosed(ClientSession session) {
        boolean wasReplica = replicas.detach(session);
        waiting.forget(session);
        if (wasReplica) {
            LOG.info("Connection with replica {} lost.", name(session));
            fullSync.forget(session);
            if (replicas.isEmpty()) {
                noReplicasSinceMillis = server.clock().millis();
            }
            refreshGoodReplicas();
        }
    }

    /**
     * Asks every replica for an ACK (replicationRequestAckFromSlaves()): REPLCONF GETACK goes into the
     * stream before the event loop sleeps, once however many WAITs asked for it, and outside any
     * command, so that it moves no client's write offset.
     */
    void requestAcks() {
        getAckRequested = true;
    }

    /**
     * WAIT numreplicas timeout (waitCommand()): the number of replicas that acknowledged the
     * client's last write, at once if enough already did or the client may not block (inside
     * MULTI), else when enough do or at the timeout (ms, 0 for none).
     */
    public Reply waitForReplicas(ClientSession session, long numReplicas, long timeoutMillis, boolean mayBlock) {
        long offset = session.writeOffset();
        int acked = replicas.countAcked(offset);
        if (acked >= numReplicas || !mayBlock) {
            return Reply.integer(acked);
        }
        waiting.park(session, offset, numReplicas, timeoutMillis == 0 ? 0 : server.clock().millis() + timeoutMillis);
        requestAcks();
        return Reply.NONE;
    }

    // ---- replicationCron() ----

    /** Called on every cron tick; does its work once a second, like Redis's replicationCron(). */
    public void cron() {
        long now = server.clock().millis();
        if (now < nextCronMillis) {
            waiting.handleTimeouts();
            return;
        }
        nextCronMillis = now + 1000;
        replica.cron();
        int period = Math.max(1, config.getInt("repl-ping-replica-period"));
        if (cronLoops % period == 0 && !replicas.isEmpty()) {
            backlog.appendToReplicas(PING);
        }
        for (Replica r : replicas.all()) {
            if (r.state() == Replica.State.WAIT_BGSAVE) {
                // Keeps the replica's read timeout from firing while it waits for its snapshot.
                r.session().output().send(new Reply.Raw(NEWLINE));
            }
        }
        dropTimedOutReplicas(now);
        freeBacklogWithoutReplicas(now);
        refreshGoodReplicas();
        fullSync.cron();
        waiting.handleTimeouts();
        cronLoops++;
    }

    private static final byte[] NEWLINE = {'\n'};

    private void dropTimedOutReplicas(long now) {
        long timeout = config.getLong("repl-timeout") * 1000;
        for (Replica r : replicas.all()) {
            if (r.state() == Replica.State.ONLINE && !r.oldProtocol() && now - r.ackMillis() > timeout) {
                LOG.warn("Disconnecting timedout replica (streaming sync): {}", name(r.session()));
                r.session().output().kill();
            }
        }
    }

    /**
     * A master without replicas for {@code repl-backlog-ttl} seconds frees its backlog, and changes
     * its replication id: a replica that comes back later must not continue a history whose bytes
     * are gone. A replica keeps its backlog forever, for its own promotion.
     */
    private void freeBacklogWithoutReplicas(long now) {
        long ttl = config.getLong("repl-backlog-ttl");
        if (!isReplica() && replicas.isEmpty() && ttl > 0 && backlog.isActive()
                && now - noReplicasSinceMillis > ttl * 1000) {
            backlog.changeReplicationId();
            backlog.clearReplicationId2();
            backlog.free();
            LOG.info("Replication backlog freed after {} seconds without connected replicas.", ttl);
        }
    }

    /** refreshGoodSlavesCount(): online replicas that acknowledged within min-replicas-max-lag. */
    void refreshGoodReplicas() {
        int min = config.getInt("min-replicas-to-write");
        int maxLag = config.getInt("min-replicas-max-lag");
        goodReplicas = min == 0 || maxLag == 0 ? 0 : replicas.countGood(maxLag);
    }

    // ---- promotion and demotion ----

    /**
     * beforeSleep(): replicas whose payload is out go online; WAITs are answered (Redis does both
     * in beforeSleep(), processClientsWaitingReplicas() for the latter).
     */
    public void beforeSleep() {
        fullSync.beforeSleep();
        if (getAckRequested) {
            getAckRequested = false;
            backlog.appendToReplicas(GETACK);
        }
    }

    /** After promotion the backlog's time to live counts from now. */
    void noReplicasSince(long millis) {
        noReplicasSinceMillis = millis;
    }

    // ---- ROLE and INFO ----

    /**
     * ROLE: {@code master, offset, [[ip, port, ack offset]...]} (online replicas only, numbers as
     * bulk strings), or {@code slave, host, port, link state, applied offset}.
     */
    public Reply role() {
        if (isReplica()) {
            return replica.role();
        }
        List<Reply> list = new ArrayList<>();
        for (Replica r : replicas.all()) {
            if (r.state() != Replica.State.ONLINE) {
                continue;
            }
            list.add(Reply.array(Reply.bulk(r.ip()), Reply.bulk(Integer.toString(r.listeningPort())),
                    Reply.bulk(Long.toString(r.ackOffset()))));
        }
        return Reply.array(Reply.bulk("master"), Reply.integer(backlog.offset()), Reply.array(list));
    }

    /**
     * The lines of INFO's "# Replication" section, each "name:value\r\n", with Redis 7.0's fields
     * in its order (genRedisInfoString()).
     */
    public String info() {
        StringBuilder out = new StringBuilder();
        long now = server.clock().millis();
        field(out, "role", isReplica() ? "slave" : "master");
        if (isReplica()) {
            replica.info(out);
        }
        field(out, "connected_slaves", replicas.size());
        if (config.getInt("min-replicas-to-write") > 0 && config.getInt("min-replicas-max-lag") > 0) {
            field(out, "min_slaves_good_slaves", goodReplicas);
        }
        int n = 0;
        for (Replica r : replicas.all()) {
            out.append("slave").append(n++).append(":ip=").append(r.ip()).append(",port=").append(r.listeningPort())
                    .append(",state=").append(r.state().word()).append(",offset=").append(r.ackOffset())
                    .append(",lag=").append(now / 1000 - r.ackMillis() / 1000).append("\r\n");
        }
        field(out, "master_failover_state", "no-failover");
        field(out, "master_replid", backlog.replicationId());
        field(out, "master_replid2", backlog.replicationId2());
        field(out, "master_repl_offset", backlog.offset());
        field(out, "second_repl_offset", backlog.secondReplicationOffset());
        field(out, "repl_backlog_active", backlog.isActive() ? 1 : 0);
        field(out, "repl_backlog_size", backlog.size());
        field(out, "repl_backlog_first_byte_offset", backlog.firstByteOffset());
        field(out, "repl_backlog_histlen", backlog.histlen());
        return out.toString();
    }

    static void field(StringBuilder out, String name, Object value) {
        out.append(name).append(':').append(value).append("\r\n");
    }

    /** "ip:port" as Redis names a replica in its log (replicationGetSlaveName()). */
    String name(ClientSession session) {
        Replica r = replicas.get(session);
        if (r != null && r.listeningPort() != 0) {
            return r.ip() + ":" + r.listeningPort();
        }
        Replica.Handshake h = replicas.handshake(session);
        if (h.listeningPort() != 0) {
            String peer = session.address();
            return (h.ipAddress() != null ? h.ipAddress() : peer.substring(0, peer.lastIndexOf(':'))) + ":" + h.listeningPort();
        }
        return session.address();
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
