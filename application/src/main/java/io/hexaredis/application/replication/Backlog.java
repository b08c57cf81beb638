package io.hexaredis.application.replication;

import io.hexaredis.domain.replication.Effect;
import io.hexaredis.domain.replication.EffectCodec;
import io.hexaredis.domain.replication.ReplicationLog;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The master's replication stream: its history (replication ids and offsets) and its memory (the
 * backlog ring buffer), and the tap that feeds every byte of it to the attached replicas.
 *
 * <p>Redis: feedReplicationBuffer(), replicationFeedSlaves() and the backlog functions of
 * replication.c, with the fields {@code server.replid}, {@code replid2}, {@code master_repl_offset},
 * {@code second_replid_offset} and {@code repl_backlog}.
 *
 * <p><b>Offsets.</b> A master's history is named by a replication id (40 random hex characters)
 * and measured in bytes: {@code master_repl_offset} is the number of bytes of stream this history
 * has produced. A replica that has applied the bytes up to offset N of history X can continue from
 * byte N+1 of X, and that is all PSYNC asks: "PSYNC X N+1". Offsets count the stream exactly as it
 * is sent, SELECTs and PINGs included, which is why every effect is encoded once, here, and the
 * same bytes go to the ring and to the replicas.
 *
 * <p><b>The backlog</b> is a ring of {@code repl-backlog-size} bytes holding the most recent stream,
 * so that a replica whose link dropped for a moment gets only what it missed (+CONTINUE) instead of
 * a whole new snapshot (+FULLRESYNC). It is created when the first replica attaches; until then the
 * stream goes nowhere and, as in Redis, the offset does not move. It covers the offsets
 * {@code firstByteOffset .. firstByteOffset + histlen - 1}.
 * <pre>
 *              writeIndex (next byte goes here)
 *                  v
 *   [ f g h i j k l a b c d e ]      the oldest byte 'a' is at writeIndex once the ring is full
 * </pre>
 *
 * <p><b>Two ids (PSYNC2).</b> When a replica is promoted it starts a new history with a new id, but
 * its data up to the promotion is the old master's history too. It keeps the old id as
 * {@code replid2}, valid up to {@code second_replid_offset}, so the other replicas of the old master
 * can continue with it by partial resynchronization ({@link #shiftReplicationId}).
 *
 * <p><b>Replicas of replicas.</b> A replica does not produce a stream of its own: it forwards its
 * master's stream, byte for byte, through {@link #feed}, and keeps its master's id and offsets, so
 * that its own replicas can later continue with whichever server becomes the master. While it is a
 * replica ({@link #setProxying}) the effects of its local writes are not appended.
 */
public final class Backlog implements ReplicationLog {

    /** The id of no history (replid2 when there is no previous history). */
    public static final String NO_REPLICATION_ID = "0000000000000000000000000000000000000000";

    private static final byte[] SELECT = "SELECT".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_RING = Integer.MAX_VALUE - 16; // the largest Java array we allocate

    private final Replicas replicas;
    private final SecureRandom random = new SecureRandom();
    private final ByteArrayOutputStream scratch = new ByteArrayOutputStream(256);

    private String replid;
    private String replid2 = NO_REPLICATION_ID;
    private long secondReplidOffset = -1;
    private long masterReplOffset;
    private int selectedDb = -1;
    private boolean proxying;

    private long size;
    private byte[] ring;
    private int writeIndex;
    private long histlen;
    private long firstByteOffset;

    public Backlog(Replicas replicas, long size) {
        this.replicas = replicas;
        this.size = size;
        this.replid = newReplicationId();
    }

    /**
     * One effect of a command run here: encoded once (after a SELECT when its database is not the
     * one the stream last selected) and fed to the backlog and the replicas. Nothing happens while
     * there is neither a backlog nor a replica, or while this server forwards its master's stream.
     */
    @Override
    public void append(Effect effect) {
        if (proxying || (ring == null && replicas.isEmpty())) {
            return;
        }
        scratch.reset();
        if (effect.db() != selectedDb) {
            EffectCodec.encode(new byte[][] {SELECT, Integer.toString(effect.db()).getBytes(StandardCharsets.US_ASCII)},
                    scratch);
            selectedDb = effect.db();
        }
        EffectCodec.encode(effect.argv(), scratch);
        feed(scratch.toByteArray());
    }

    /**
     * A command for the replicas only, in whatever database the stream is in (PING, REPLCONF
     * GETACK): no SELECT precedes it. Redis feeds those with {@code server.slaveseldb} as the db.
     */
    public void appendToReplicas(byte[][] argv) {
        if (proxying || (ring == null && replicas.isEmpty())) {
            return;
        }
        feed(EffectCodec.encode(argv));
    }

    /**
     * Bytes of stream: into the ring, onto the offset, out to the replicas. A master calls it
     * through {@link #append}; a replica with the bytes of its master's stream it just applied.
     */
    public void feed(byte[] bytes) {
        if (ring != null) {
            addToRing(bytes);
        }
        masterReplOffset += bytes.length;
        replicas.feed(bytes);
    }

    private void addToRing(byte[] bytes) {
        int len = bytes.length;
        int from = 0;
        if (len > ring.length) { // only the tail fits
            from = len - ring.length;
            len = ring.length;
        }
        int first = Math.min(len, ring.length - writeIndex);
        System.arraycopy(bytes, from, ring, writeIndex, first);
        System.arraycopy(bytes, from + first, ring, 0, len - first);
        writeIndex = (writeIndex + len) % ring.length;
        histlen = Math.min(ring.length, histlen + bytes.length);
        firstByteOffset = masterReplOffset + bytes.length - histlen + 1;
    }

    @Override
    public long offset() {
        return masterReplOffset;
    }

    /**
     * Can a replica that has the stream of history {@code replid} up to {@code offset - 1} go on
     * from {@code offset}? Yes when {@code replid} is our id, or our previous id and the offset is
     * within what we share with that history, and the backlog still holds byte {@code offset}.
     * Redis: masterTryPartialResynchronization(); "?" asks for a full resync on purpose.
     */
    public Resync tryPartialResync(String replid, long offset) {
        if (!replid.equalsIgnoreCase(this.replid)
                && (!replid.equalsIgnoreCase(replid2) || offset > secondReplidOffset)) {
            if (replid.startsWith("?")) {
                return new Resync.Full("Full resync requested by replica");
            }
            if (!replid.equalsIgnoreCase(this.replid) && !replid.equalsIgnoreCase(replid2)) {
                return new Resync.Full("Partial resynchronization not accepted: Replication ID mismatch (Replica asked for '"
                        + replid + "', my replication IDs are '" + this.replid + "' and '" + replid2 + "')");
            }
            return new Resync.Full("Partial resynchronization not accepted: Requested offset for second ID was "
                    + offset + ", but I can reply up to " + secondReplidOffset);
        }
        if (ring == null || offset < firstByteOffset || offset > firstByteOffset + histlen) {
            return new Resync.Full("Unable to partial resync with replica for lack of backlog (Replica request was: "
                    + offset + ").");
        }
        return new Resync.Continue(offset);
    }

    /** The decision of {@link #tryPartialResync}. */
    public sealed interface Resync {
        /** Send "+CONTINUE" and the backlog from {@code offset}. */
        record Continue(long offset) implements Resync {}

        /** Send a snapshot; {@code reason} is the log line saying why a partial resync was refused. */
        record Full(String reason) implements Resync {}
    }

    /** The bytes of the backlog from stream offset {@code offset} to the end (addReplyReplicationBacklog()). */
    public byte[] bytesFrom(long offset) {
        long skip = offset - firstByteOffset;
        int len = (int) (histlen - skip);
        byte[] out = new byte[len];
        if (len == 0) {
            return out;
        }
        int oldest = (int) ((writeIndex - histlen + ring.length) % ring.length);
        int start = (int) ((oldest + skip) % ring.length);
        int first = Math.min(len, ring.length - start);
        System.arraycopy(ring, start, out, 0, first);
        System.arraycopy(ring, 0, out, first, len - first);
        return out;
    }

    /**
     * Allocates the backlog (createReplicationBacklog()): empty, starting after the current offset.
     */
    public void create() {
        ring = new byte[(int) Math.min(size, MAX_RING)];
        writeIndex = 0;
        histlen = 0;
        firstByteOffset = masterReplOffset + 1;
    }

    /** Drops the backlog (freeReplicationBacklog()): no partial resync is possible until it is created again. */
    public void free() {
        ring = null;
        histlen = 0;
        writeIndex = 0;
        firstByteOffset = 0;
    }

    public boolean isActive() {
        return ring != null;
    }

    /**
     * {@code CONFIG SET repl-backlog-size}: the ring keeps as much of its most recent history as
     * fits in the new size (Redis 7 trims its buffer the same way instead of starting empty).
     */
    public void resize(long newSize) {
        size = newSize;
        if (ring == null || Math.min(newSize, MAX_RING) == ring.length) {
            return;
        }
        long keep = Math.min(histlen, Math.min(newSize, MAX_RING));
        byte[] recent = keep == 0 ? new byte[0] : bytesFrom(firstByteOffset + histlen - keep);
        ring = new byte[(int) Math.min(newSize, MAX_RING)];
        writeIndex = 0;
        histlen = 0;
        System.arraycopy(recent, 0, ring, 0, recent.length);
        writeIndex = recent.length % ring.length;
        histlen = recent.length;
        firstByteOffset = masterReplOffset - histlen + 1;
    }

    /** A new history starts here: a new random id (changeReplicationId()). */
    public void changeReplicationId() {
        replid = newReplicationId();
    }

    /** Forget the previous history (clearReplicationId2()). */
    public void clearReplicationId2() {
        replid2 = NO_REPLICATION_ID;
        secondReplidOffset = -1;
    }

    /**
     * Promotion (shiftReplicationId()): our history so far becomes the previous one, valid up to
     * the next byte, and a new one begins. Replicas of the old master that have at most our bytes
     * can continue with us.
     */
    public void shiftReplicationId() {
        replid2 = replid;
        secondReplidOffset = masterReplOffset + 1;
        replid = newReplicationId();
    }

    /**
     * Adopt the history of a master we synchronized with: its id and its offset (a full resync), or
     * a new id for the same bytes (a +CONTINUE after our master was itself promoted; the old id
     * then becomes our previous one).
     */
    public void adoptMasterHistory(String masterReplid, long offset) {
        replid = masterReplid;
        masterReplOffset = offset;
    }

    /** After a +CONTINUE with a new id: keep the old one as the previous history, up to here. */
    public void switchToMasterId(String newReplid) {
        replid2 = replid;
        secondReplidOffset = masterReplOffset + 1;
        replid = newReplid;
    }

    /**
     * Forces a SELECT before the next effect (a new full sync starts: the replica's stream must not
     * depend on a database selected before its snapshot).
     */
    public void forceSelect() {
        selectedDb = -1;
    }

    /** While true, this server is a replica: it forwards its master's stream and appends nothing of its own. */
    public void setProxying(boolean proxying) {
        this.proxying = proxying;
    }

    public String replicationId() {
        return replid;
    }

    public String replicationId2() {
        return replid2;
    }

    public long secondReplicationOffset() {
        return secondReplidOffset;
    }

    public long size() {
        return size;
    }

    public long firstByteOffset() {
        return ring == null ? 0 : firstByteOffset;
    }

    public long histlen() {
        return histlen;
    }

    private String newReplicationId() {
        byte[] id = new byte[20];
        random.nextBytes(id);
        return HexFormat.of().formatHex(id);
    }
}
