package io.hexaredis.application.replication;

import io.hexaredis.application.persistence.Persistence;
import io.hexaredis.application.server.ClientSession;
import io.hexaredis.domain.command.Reply;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The snapshots of full resynchronizations: one at a time, shared by every replica that asks while
 * it is being taken, sent as the payload that follows "+FULLRESYNC id offset".
 *
 * <p>Redis: startBgsaveForReplication(), replicationSetupSlaveForFullResync(),
 * updateSlavesWaitingBgsave() and the payload framing of rdbSaveToSlavesSockets() in
 * replication.c. The life of one:
 * <ol>
 *   <li>a replica needs a full resync: it waits ({@code wait_bgsave}) for the next snapshot, or
 *       joins the one being taken if the backlog still holds every byte since it began (what
 *       Redis does by copying another waiting replica's output buffer);
 *   <li>the snapshot starts (now, or as soon as no other background job runs: BGSAVE and AOF
 *       rewrites share the one slot, like Redis's one child): the offset of the stream at that
 *       instant is the offset the replicas will continue from, so "+FULLRESYNC id offset" goes out
 *       now, a SELECT is forced before the next effect, and from here on each replica holds the
 *       stream it is sent;
 *   <li>the persistence writes the point-in-time image in the RDB format on its own thread,
 *       while the event loop goes on serving;
 *   <li>when it is done (the cron notices), each replica gets the payload ({@code send_bulk}) and,
 *       once its connection has written it, the held stream and everything after ({@code online}).
 * </ol>
 * The payload is framed "$&lt;length&gt;\r\n&lt;rdb&gt;" (Redis's disk-based sync), or, with
 * {@code repl-diskless-sync yes} and a replica that announced {@code capa eof},
 * "$EOF:&lt;40 random characters&gt;\r\n&lt;rdb&gt;&lt;the same 40 characters&gt;" (the diskless
 * format, whose length is not known in advance). Either way the image is written to memory, not
 * to a file: Java has no fork() to make the file cheap, and the point-in-time image already gives
 * what the fork gives Redis. After an end-mark payload the stream waits for the replica's first
 * ACK, because the replica cannot tell stream bytes glued to the mark from the payload.
 */
public final class FullSync {

    private static final Logger LOG = LoggerFactory.getLogger(FullSync.class);
    private static final int EOF_MARK_SIZE = 40; // RDB_EOF_MARK_SIZE
    private static final char[] MARK_CHARS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray();

    /** One snapshot being taken: the stream offset it stands for, its bytes, and its replicas. */
    private static final class Snapshot {
        final String replid;
        final long offset;
        final ByteArrayOutputStream sink = new ByteArrayOutputStream(64 * 1024);
        final List<Replica> replicas = new ArrayList<>();

        Snapshot(String replid, long offset) {
            this.replid = replid;
            this.offset = offset;
        }
    }

    private final Persistence persistence;
    private final SecureRandom random = new SecureRandom();
    private final List<Replica> waiting = new ArrayList<>();
    private final List<Replica> sending = new ArrayList<>();
    private Replication replication;
    private Snapshot current;

    /** @param persistence the background snapshot mechanism; null where there is none (then replicas wait forever) */
    public FullSync(Persistence persistence) {
        this.persistence = persistence;
    }

    /** No snapshots (a master that cannot serve full resynchronizations, for tests). */
    public FullSync() {
        this(null);
    }

    void attach(Replication replication) {
        this.replication = replication;
    }

    /** A replica needs a full resynchronization. */
    void request(Replica replica) {
        Backlog backlog = replication.backlog();
        if (replica.excludeData() && persistence != null) {
            sendWithoutData(replica, backlog);
            return;
        }
        if (current != null && current.replid.equals(backlog.replicationId()) && backlog.isActive()
                && backlog.firstByteOffset() <= current.offset + 1) {
            LOG.info("Waiting for end of BGSAVE for SYNC");
            replica.takeHeld();
            join(current, replica);
            byte[] since = backlog.bytesFrom(current.offset + 1);
            if (since.length > 0) {
                replica.hold(since);
            }
            return;
        }
        waiting.add(replica);
        startIfPossible();
    }

    private void join(Snapshot snapshot, Replica replica) {
        snapshot.replicas.add(replica);
        replica.joinedSnapshot();
        if (!replica.oldProtocol()) {
            replica.session().output().send(new Reply.Raw(("+FULLRESYNC " + snapshot.replid + " " + snapshot.offset + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII)));
        }
    }

    /**
     * A snapshot without keys (REPLCONF rdb-filter-only) needs no image: it is written now, and
     * the stream follows from the current offset.
     */
    private void sendWithoutData(Replica replica, Backlog backlog) {
        Snapshot empty = new Snapshot(backlog.replicationId(), backlog.offset());
        backlog.forceSelect();
        join(empty, replica);
        try {
            persistence.snapshots().write(visitor -> { }, empty.sink, false);
        } catch (java.io.IOException e) {
            replica.session().output().kill();
            return;
        }
        sendPayload(replica, empty.sink.toByteArray(), true);
    }

    /** Starts the snapshot the waiting replicas need, unless one is running or the slot is taken. */
    private void startIfPossible() {
        if (waiting.isEmpty() || current != null || persistence == null || persistence.hasActiveChild()) {
            return;
        }
        Backlog backlog = replication.backlog();
        Snapshot snapshot = new Snapshot(backlog.replicationId(), backlog.offset());
        backlog.forceSelect(); // the stream after the snapshot must not depend on a database selected before it
        for (Replica r : waiting) {
            r.takeHeld(); // what came before the snapshot is in it
            join(snapshot, r);
        }
        waiting.clear();
        current = snapshot;
        try {
            persistence.startReplicationSnapshot(snapshot.sink, error -> finished(snapshot, error));
        } catch (RuntimeException e) {
            finished(snapshot, e);
        }
    }

    /** The snapshot is written (or failed): payloads go out; waiting replicas get the next one. */
    private void finished(Snapshot snapshot, Throwable error) {
        current = null;
        List<Replica> still = new ArrayList<>();
        for (Replica r : snapshot.replicas) {
            if (replication.replicas().get(r.session()) == r) {
                still.add(r);
            }
        }
        if (error != null) {
            LOG.warn("SYNC failed. BGSAVE child returned an error: {}", error.getMessage());
            for (Replica r : still) {
                r.session().output().kill();
            }
        } else {
            byte[] rdb = snapshot.sink.toByteArray();
            boolean diskless = replication.server().config().getBool("repl-diskless-sync");
            for (Replica r : still) {
                sendPayload(r, rdb, diskless && r.capaEof());
            }
        }
        startIfPossible();
    }

    private void sendPayload(Replica r, byte[] rdb, boolean endMark) {
        byte[] framed;
        if (endMark) {
            byte[] mark = newMark();
            byte[] header = ("$EOF:" + new String(mark, StandardCharsets.US_ASCII) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            framed = new byte[header.length + rdb.length + mark.length];
            System.arraycopy(header, 0, framed, 0, header.length);
            System.arraycopy(rdb, 0, framed, header.length, rdb.length);
            System.arraycopy(mark, 0, framed, header.length + rdb.length, mark.length);
        } else {
            byte[] header = ("$" + rdb.length + "\r\n").getBytes(StandardCharsets.US_ASCII);
            framed = new byte[header.length + rdb.length];
            System.arraycopy(header, 0, framed, 0, header.length);
            System.arraycopy(rdb, 0, framed, header.length, rdb.length);
        }
        r.setState(Replica.State.SEND_BULK);
        r.setHoldUntilAck(endMark && !r.rdbOnly());
        r.session().output().send(new Reply.Raw(framed));
        if (r.rdbOnly()) {
            r.takeHeld();
            r.session().output().closeAfterReply();
            return;
        }
        sending.add(r);
    }

    /**
     * beforeSleep(): a replica whose connection has written its whole payload is online, and the
     * stream it held follows (replicaPutOnline() and replicaStartCommandStream()).
     */
    void beforeSleep() {
        if (sending.isEmpty()) {
            return;
        }
        for (int i = 0; i < sending.size(); i++) {
            Replica r = sending.get(i);
            if (replication.replicas().get(r.session()) != r) {
                sending.remove(i--);
                continue;
            }
            if (r.session().output().pendingBytes() > 0) {
                continue;
            }
            sending.remove(i--);
            r.setState(Replica.State.ONLINE);
            r.ack(0, replication.server().clock().millis()); // no false timeout right after a long transfer
            if (!r.holdUntilAck()) {
                replication.replicas().startStreaming(r);
            }
            LOG.info("Synchronization with replica {} succeeded", replication.name(r.session()));
            replication.refreshGoodReplicas();
        }
    }

    /** The replica's connection closed: it waits no more. */
    void forget(ClientSession session) {
        waiting.removeIf(r -> r.session() == session);
        sending.removeIf(r -> r.session() == session);
    }

    /** replicationCron(): a snapshot that could not start (another background job ran) is retried. */
    void cron() {
        startIfPossible();
    }

    /** True while a snapshot for replicas is being taken. */
    public boolean inProgress() {
        return current != null;
    }

    private byte[] newMark() {
        byte[] mark = new byte[EOF_MARK_SIZE];
        for (int i = 0; i < mark.length; i++) {
            mark[i] = (byte) MARK_CHARS[random.nextInt(MARK_CHARS.length)];
        }
        return mark;
    }
}
