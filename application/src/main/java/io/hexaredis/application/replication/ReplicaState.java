package io.hexaredis.application.replication;

import io.hexaredis.application.config.Config;
import io.hexaredis.application.persistence.Persistence;
import io.hexaredis.application.server.ClientOutput;
import io.hexaredis.application.server.ClientSession;
import io.hexaredis.application.server.ServerState;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.replication.EffectCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This server as a replica: which master it follows, the state of its link, and the application
 * of the master's stream.
 *
 * <p>Redis: the "slave side" of replication.c: replicationSetMaster(), replicationUnsetMaster(),
 * the events of syncWithMaster() and readSyncBulkPayload(), replicationCacheMaster() and
 * replicationResurrectCachedMaster(), replicationSendAck(), and the replica's part of
 * replicationCron(). The socket work is the {@link MasterConnector}'s, on its own thread; every
 * event it reports arrives here on the event-loop thread, so that only that thread touches the
 * keyspace.
 *
 * <p>The link, as ROLE names its states:
 * <pre>
 *   none ── REPLICAOF host port ──► connect ──► connecting ──► handshake ──┬─ +FULLRESYNC ─► sync ─► connected
 *                                      ▲                                   └─ +CONTINUE ───────────► connected
 *                                      └──────────── the link drops (retried by the cron every second) ───┘
 * </pre>
 *
 * <p><b>The master client.</b> Once synchronized, the master is a client of this server whose
 * commands are the stream: they run through the dispatcher like any request, but their replies are
 * not sent (except the ACK that REPLCONF GETACK asks for), and read-only mode does not apply to it.
 * Its offset ({@code slave_repl_offset}) counts the bytes of the commands it applied; inside MULTI
 * it waits for EXEC, so a link cut in the middle of a transaction resumes before its MULTI. The
 * applied bytes are forwarded unchanged to this server's own replicas.
 *
 * <p><b>The cached master.</b> When the link drops, what the master client knew (the history id,
 * the applied offset, the selected database) is kept, so that the next connection can ask
 * "PSYNC id offset+1" and get only what it missed. A master that becomes a replica synthesizes one
 * from its own history: the new master may be its former replica, which can continue with it.
 */
public final class ReplicaState {

    private static final Logger LOG = LoggerFactory.getLogger(ReplicaState.class);

    /** The link's state (Redis's {@code repl_state}), with ROLE's words. */
    public enum LinkState {
        NONE("none"), CONNECT("connect"), CONNECTING("connecting"), HANDSHAKE("handshake"), TRANSFER("sync"),
        CONNECTED("connected");

        private final String word;

        LinkState(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    private final ServerState server;
    private final Config config;
    private final Replication replication;
    private final Backlog backlog;
    private final Replicas replicas;
    private MasterConnector connector;
    private RequestRunner runner;
    private SnapshotLoader loader;

    private String masterHost;
    private int masterPort;
    private LinkState state = LinkState.NONE;
    private MasterConnector.Link link;
    private long lastIoMillis;
    private long downSinceMillis;

    private ClientSession master;
    private long appliedOffset;
    private long readOffset;
    private EffectCodec.Decoder decoder;
    private final ByteArrayOutputStream inTransaction = new ByteArrayOutputStream();

    private boolean cached;
    private String cachedReplid;
    private long cachedOffset;
    private int cachedDb;

    private String initialReplid;
    private long initialOffset;
    private long transferSize;
    private long transferRead;

    /** Reads a snapshot received from the master into the keyspace (the persistence's RDB format). */
    @FunctionalInterface
    public interface SnapshotLoader {
        void load(byte[] rdb) throws IOException;
    }

    ReplicaState(ServerState server, Replication replication, Backlog backlog, Replicas replicas) {
        this.server = server;
        this.config = server.config();
        this.replication = replication;
        this.backlog = backlog;
        this.replicas = replicas;
    }

    /** The adapter that opens links to masters (bootstrap). */
    public void setConnector(MasterConnector connector) {
        this.connector = connector;
    }

    /** How the master's commands are run (the dispatcher installs itself). */
    public void setRunner(RequestRunner runner) {
        this.runner = runner;
    }

    /** How a snapshot from the master is loaded (bootstrap: the persistence's snapshot store). */
    public void setLoader(SnapshotLoader loader) {
        this.loader = loader;
    }

    public String masterHost() {
        return masterHost;
    }

    public int masterPort() {
        return masterPort;
    }

    public LinkState state() {
        return state;
    }

    /** The link is up and the stream flows (master_link_status:up). */
    public boolean linkUp() {
        return state == LinkState.CONNECTED;
    }

    /** The offset of the master's stream applied so far (slave_repl_offset). */
    public long appliedOffset() {
        return appliedOffset;
    }

    // ---- REPLICAOF ----

    /**
     * REPLICAOF host port (replicationSetMaster()): drops the current master, if any, keeping what
     * it knew for a partial resynchronization, and connects to the new one. This server's own
     * replicas stay: they may continue with it.
     */
    public void follow(String host, int port) {
        follow(host, port, masterHost == null);
    }

    /**
     * {@code replicaof host port} in the configuration: like REPLICAOF, but a server that just
     * started has no history of its own worth offering to the master.
     */
    public void followAtStartup(String host, int port) {
        follow(host, port, false);
    }

    private void follow(String host, int port, boolean wasMaster) {
        if (master != null) {
            cacheMaster();
        }
        cancelLink();
        masterHost = host;
        masterPort = port;
        if (wasMaster) {
            discardCachedMaster();
            cacheMasterUsingMyself();
        }
        backlog.setProxying(true);
        server.keyspace().setMasterControlsExpiry(true);
        state = LinkState.CONNECT;
        LOG.info("Connecting to MASTER {}:{}", masterHost, masterPort);
        connect();
    }

    /**
     * REPLICAOF NO ONE (replicationUnsetMaster()): this server becomes a master. Its data is the
     * old master's history up to here: that history becomes its second id, and a new one starts,
     * so the other replicas of the old master can continue with it. Its replicas are disconnected
     * to learn the new id; they will come back with PSYNC.
     */
    public void promote() {
        if (masterHost == null) {
            return;
        }
        masterHost = null;
        if (master != null) {
            freeMasterClient();
        }
        discardCachedMaster();
        cancelLink();
        backlog.shiftReplicationId();
        replicas.disconnectAll();
        state = LinkState.NONE;
        backlog.forceSelect();
        backlog.setProxying(false);
        server.keyspace().setMasterControlsExpiry(false);
        replication.noReplicasSince(server.clock().millis());
        downSinceMillis = 0;
    }

    /** The server stops: the link to the master closes with it (its thread would outlive the event loop). */
    public void shutdown() {
        if (link != null) {
            link.close();
            link = null;
        }
    }

    private void connect() {
        long now = server.clock().millis();
        String user = config.get("masteruser");
        String auth = config.get("masterauth");
        String announceIp = config.get("replica-announce-ip");
        int announcePort = config.getInt("replica-announce-port");
        MasterConnector.Handshake handshake = new MasterConnector.Handshake(masterHost, masterPort,
                user.isEmpty() ? null : user, auth.isEmpty() ? null : auth,
                announcePort != 0 ? announcePort : server.boundPort(),
                announceIp.isEmpty() ? null : announceIp,
                cached ? cachedReplid : "?", cached ? cachedOffset + 1 : -1,
                config.getLong("repl-timeout") * 1000);
        if (cached) {
            LOG.info("Trying a partial resynchronization (request {}:{}).", cachedReplid, cachedOffset + 1);
        } else {
            LOG.info("Partial resynchronization not possible (no cached master)");
        }
        state = LinkState.CONNECTING;
        lastIoMillis = now;
        if (connector == null) {
            LOG.warn("No way to connect to a master in this server");
            return;
        }
        link = connector.connect(handshake, this);
    }

    private void cancelLink() {
        if (link != null) {
            link.close();
            link = null;
        }
        if (state != LinkState.NONE && state != LinkState.CONNECTED) {
            state = LinkState.CONNECT;
        }
    }

    // ---- events of the link (on the event-loop thread) ----

    /** The TCP connection is up; the handshake begins. */
    public void onConnected(MasterConnector.Link from) {
        if (from != link) {
            return;
        }
        LOG.info("MASTER <-> REPLICA sync started");
        state = LinkState.HANDSHAKE;
        lastIoMillis = server.clock().millis();
    }

    /** +FULLRESYNC: a snapshot taken at {@code offset} of history {@code replid} follows. */
    public void onFullResync(MasterConnector.Link from, String replid, long offset) {
        if (from != link) {
            return;
        }
        LOG.info("Full resync from master: {}:{}", replid, offset);
        initialReplid = replid;
        initialOffset = offset;
        transferSize = -1;
        transferRead = 0;
        state = LinkState.TRANSFER;
        lastIoMillis = server.clock().millis();
    }

    /** Bytes of the snapshot received so far, of {@code total} (-1 when it ends with a mark). */
    public void onTransferProgress(MasterConnector.Link from, long read, long total) {
        if (from != link) {
            return;
        }
        transferRead = read;
        transferSize = total;
        lastIoMillis = server.clock().millis();
    }

    /**
     * The whole snapshot arrived (readSyncBulkPayload()): our replicas must resynchronize too, the
     * keyspace is replaced by the snapshot, and the master client starts at the snapshot's offset.
     */
    public void onSnapshot(MasterConnector.Link from, byte[] rdb) {
        if (from != link) {
            return;
        }
        discardCachedMaster();
        replicas.disconnectAll();
        backlog.free();
        Persistence persistence = server.persistence();
        boolean aof = persistence != null && persistence.aofState() != Persistence.AofState.OFF;
        if (aof) {
            persistence.setAppendOnly(false); // stopAppendOnly(): a load does not go through the journal
        }
        LOG.info("MASTER <-> REPLICA sync: Flushing old data");
        server.keyspace().flushAll();
        LOG.info("MASTER <-> REPLICA sync: Loading DB in memory");
        try {
            if (loader != null) {
                loader.load(rdb);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Failed trying to load the MASTER synchronization DB from socket: {}", e.getMessage());
            server.keyspace().flushAll();
            cancelLink();
            state = LinkState.CONNECT;
            if (aof) {
                persistence.setAppendOnly(true);
            }
            return;
        }
        if (aof) {
            persistence.setAppendOnly(true); // restartAOFAfterSYNC(): a rewrite bases the AOF on the new data
        }
        backlog.adoptMasterHistory(initialReplid, initialOffset);
        backlog.clearReplicationId2();
        backlog.create();
        createMasterClient(initialOffset, 0);
        LOG.info("MASTER <-> REPLICA sync: Finished with success");
        sendAck();
    }

    /**
     * +CONTINUE (slaveTryPartialResynchronization()): the master sends only what we missed. If its
     * history has a new id (it was promoted), ours takes it, the old one becoming our second id,
     * and our replicas reconnect to learn it.
     */
    public void onContinue(MasterConnector.Link from, String newReplid) {
        if (from != link) {
            return;
        }
        LOG.info("Successful partial resynchronization with master.");
        if (newReplid != null && !newReplid.equals(cachedReplid)) {
            backlog.switchToMasterId(newReplid);
            LOG.info("Master replication ID changed to {}", newReplid);
            replicas.disconnectAll();
        }
        if (!backlog.isActive()) {
            backlog.create();
        }
        createMasterClient(cachedOffset, cachedDb);
        discardCachedMaster();
        LOG.info("MASTER <-> REPLICA sync: Master accepted a Partial Resynchronization.");
    }

    /**
     * Stream bytes: every complete command is run as the master client; the offset moves by the
     * bytes of what was applied, outside transactions, and those bytes go on to our replicas.
     */
    public void onStream(MasterConnector.Link from, byte[] bytes) {
        if (from != link || master == null) {
            return;
        }
        long now = server.clock().millis();
        lastIoMillis = now;
        master.touch(now);
        readOffset += bytes.length;
        decoder.feed(bytes, 0, bytes.length);
        ClientSession current = master;
        while (master == current) {
            byte[][] argv;
            try {
                argv = decoder.next();
            } catch (EffectCodec.MalformedEffectException e) {
                LOG.warn("Protocol error from MASTER: {}; closing the link", e.getMessage());
                dropLink("protocol error");
                return;
            }
            if (argv == null) {
                break;
            }
            byte[] raw = decoder.lastBytes();
            if (argv.length > 0) {
                Reply reply = runner.run(master, argv);
                if (reply instanceof Reply.Error error) {
                    LOG.warn("== CRITICAL == This replica is sending an error to its master: '{}' after processing the command '{}'",
                            error.line(), new String(argv[0], java.nio.charset.StandardCharsets.UTF_8).toLowerCase(Locale.ROOT));
                }
            }
            if (master != current) {
                break;
            }
            inTransaction.write(raw, 0, raw.length);
            if (!master.inMulti()) {
                byte[] applied = inTransaction.toByteArray();
                inTransaction.reset();
                appliedOffset += applied.length;
                backlog.feed(applied);
            }
        }
    }

    /** The link failed or closed: keep what the master client knew and retry from the cron. */
    public void onLinkLost(MasterConnector.Link from, String reason) {
        if (from != link) {
            return;
        }
        link = null;
        if (state == LinkState.CONNECTED) {
            LOG.info("Connection with master lost.");
            cacheMaster();
        } else {
            LOG.warn("Replication link to MASTER {}:{} failed: {}", masterHost, masterPort, reason);
        }
        if (masterHost != null) {
            state = LinkState.CONNECT;
        }
    }

    /** Drops the link from this side (CLIENT KILL TYPE master, timeouts, a protocol error). */
    void dropLink(String reason) {
        MasterConnector.Link old = link;
        if (old != null) {
            old.close();
            onLinkLost(old, reason);
        } else if (master != null) {
            cacheMaster();
            state = LinkState.CONNECT;
        }
    }

    // ---- the master client ----

    private void createMasterClient(long offset, int db) {
        long now = server.clock().millis();
        master = new ClientSession(server.clients().nextId(), masterHost + ":" + masterPort, "", 0, now,
                new MasterOutput());
        master.setMaster(true);
        master.setAuthenticated(true);
        master.selectDb(db);
        server.clients().add(master);
        appliedOffset = offset;
        readOffset = offset;
        decoder = new EffectCodec.Decoder();
        inTransaction.reset();
        state = LinkState.CONNECTED;
        downSinceMillis = 0;
        lastIoMillis = now;
    }

    /** replicationCacheMaster(): remember the history, offset and database; a half-received MULTI is dropped. */
    private void cacheMaster() {
        LOG.info("Caching the disconnected master state.");
        cached = true;
        cachedReplid = backlog.replicationId();
        cachedOffset = appliedOffset;
        cachedDb = master.db();
        freeMasterClient();
        downSinceMillis = server.clock().millis();
    }

    private void freeMasterClient() {
        master.setMulti(null);
        server.clients().remove(master);
        master = null;
        decoder = null;
        inTransaction.reset();
    }

    /** replicationCacheMasterUsingMyself(): a master about to follow another offers its own history. */
    private void cacheMasterUsingMyself() {
        LOG.info("Before turning into a replica, using my own master parameters to synthesize a cached master:"
                + " I may be able to synchronize with the new master with just a partial transfer.");
        cached = true;
        cachedReplid = backlog.replicationId();
        cachedOffset = backlog.offset();
        cachedDb = 0;
    }

    private void discardCachedMaster() {
        cached = false;
        cachedReplid = null;
    }

    /** REPLCONF ACK offset to the master (replicationSendAck()). */
    void sendAck() {
        if (link != null && master != null) {
            link.send(EffectCodec.encode(new byte[][] {Replication.bytes("REPLCONF"), Replication.bytes("ACK"),
                    Replication.bytes(Long.toString(appliedOffset))}));
        }
    }

    /** The master client's way back: replies are swallowed; killing it drops the link. */
    private final class MasterOutput implements ClientOutput {
        @Override
        public void send(Reply reply) {
            // A master never reads replies to its stream.
        }

        @Override
        public void closeAfterReply() {
            kill();
        }

        @Override
        public void kill() {
            dropLink("killed");
        }

        @Override
        public long pendingBytes() {
            return 0;
        }
    }

    // ---- replicationCron(), replica side ----

    void cron() {
        if (masterHost == null) {
            return;
        }
        long now = server.clock().millis();
        long timeout = config.getLong("repl-timeout") * 1000;
        if ((state == LinkState.CONNECTING || state == LinkState.HANDSHAKE) && now - lastIoMillis > timeout) {
            LOG.warn("Timeout connecting to the MASTER...");
            cancelLink();
            state = LinkState.CONNECT;
        }
        if (state == LinkState.TRANSFER && now - lastIoMillis > timeout) {
            LOG.warn("Timeout receiving bulk data from MASTER... If the problem persists try to set the 'repl-timeout'"
                    + " parameter in redis.conf to a larger value.");
            cancelLink();
            state = LinkState.CONNECT;
        }
        if (state == LinkState.CONNECTED && master != null && now - master.lastInteractionMillis() > timeout) {
            LOG.warn("MASTER timeout: no data nor PING received...");
            dropLink("timeout");
        }
        if (state == LinkState.CONNECT) {
            LOG.info("Connecting to MASTER {}:{}", masterHost, masterPort);
            connect();
        }
        if (state == LinkState.CONNECTED) {
            sendAck();
        }
    }

    // ---- ROLE and INFO ----

    Reply role() {
        return Reply.array(Reply.bulk("slave"), Reply.bulk(masterHost), Reply.integer(masterPort),
                Reply.bulk(state.word()), Reply.integer(master != null ? appliedOffset : -1));
    }

    void info(StringBuilder out) {
        long now = server.clock().millis();
        long applied = 1;
        long read = 1;
        if (master != null) {
            applied = appliedOffset;
            read = readOffset;
        } else if (cached) {
            applied = cachedOffset;
            read = cachedOffset;
        }
        Replication.field(out, "master_host", masterHost);
        Replication.field(out, "master_port", masterPort);
        Replication.field(out, "master_link_status", state == LinkState.CONNECTED ? "up" : "down");
        Replication.field(out, "master_last_io_seconds_ago",
                master != null ? (now - master.lastInteractionMillis()) / 1000 : -1);
        Replication.field(out, "master_sync_in_progress", state == LinkState.TRANSFER ? 1 : 0);
        Replication.field(out, "slave_read_repl_offset", read);
        Replication.field(out, "slave_repl_offset", applied);
        if (state == LinkState.TRANSFER) {
            double perc = transferSize > 0 ? (double) transferRead / transferSize * 100 : 0;
            Replication.field(out, "master_sync_total_bytes", transferSize);
            Replication.field(out, "master_sync_read_bytes", transferRead);
            Replication.field(out, "master_sync_left_bytes", transferSize - transferRead);
            Replication.field(out, "master_sync_perc", String.format(Locale.ROOT, "%.2f", perc));
            Replication.field(out, "master_sync_last_io_seconds_ago", (now - lastIoMillis) / 1000);
        }
        if (state != LinkState.CONNECTED) {
            Replication.field(out, "master_link_down_since_seconds",
                    downSinceMillis != 0 ? (now - downSinceMillis) / 1000 : -1);
        }
        Replication.field(out, "slave_priority", config.get("replica-priority"));
        Replication.field(out, "slave_read_only", config.getBool("replica-read-only") ? 1 : 0);
        Replication.field(out, "replica_announced", config.getBool("replica-announced") ? 1 : 0);
    }
}
