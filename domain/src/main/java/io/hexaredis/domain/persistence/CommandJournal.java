package io.hexaredis.domain.persistence;

import io.hexaredis.domain.keyspace.Keyspace;
import io.hexaredis.domain.replication.Effect;
import java.io.IOException;

/**
 * The append-only file: the journal of every write effect, replayed at start-up.
 *
 * <p>Redis 7: aof.c with its multi-part layout, a directory ({@code appenddirname}) holding a base
 * file (an RDB image or commands), incremental files of commands written since, and a manifest
 * naming them. Effects are buffered as they happen ({@link #append}, feedAppendOnlyFile()) and
 * written before the event loop sends any reply ({@link #flush}, flushAppendOnlyFile() in
 * beforeSleep()), so that with {@code appendfsync always} a write is on disk before its client is
 * told it succeeded.
 *
 * <p>The policy (when to rewrite, the on/off state machine, INFO) belongs to the application; this
 * port is the files and their format. All methods are called on the event-loop thread, except
 * {@link Rewrite#writeBase}, which runs on the rewrite's writer thread.
 */
public interface CommandJournal {

    /** True when an AOF (a manifest, or a single old-style file) exists to load. */
    boolean exists();

    /**
     * Loads the AOF into {@code keyspace}: the base file, then each incremental file through
     * {@code replay}. A truncated last command is dropped (and the file truncated) when
     * {@code aof-load-truncated} allows it; any other damage is an IOException naming the file and
     * offset, and leaves the files untouched.
     */
    LoadResult load(Keyspace keyspace, CommandReplay replay) throws IOException;

    /**
     * Starts journaling: creates a base from {@code image} if there is no AOF yet (Redis does this
     * at start-up with appendonly yes), opens the last incremental file for appending.
     */
    void open(KeyspaceImage image) throws IOException;

    /** True between {@link #open} (or a rewrite's start) and {@link #close}. */
    boolean isOpen();

    /** Buffers one effect, with a SELECT when its database differs from the previous one. */
    void append(Effect effect);

    /**
     * Writes the buffered effects to the incremental file, and syncs them per {@code appendfsync}
     * (always: now; everysec: from a background thread, at most once a second; no: never).
     * {@code force} syncs whatever the policy (shutdown, turning the AOF off).
     */
    void flush(boolean force);

    /** Flushes, syncs and closes the file (appendonly no, shutdown). */
    void close();

    /** Bytes of all the AOF's files (INFO aof_current_size). */
    long currentSize();

    /** Bytes of the base and the files as they were after the last rewrite (aof_base_size). */
    long baseSize();

    /** The status of the last write: "ok", or "err" after a failed write or fsync. */
    String lastWriteStatus();

    /**
     * Begins a rewrite (BGREWRITEAOF): when journaling, or when {@code startJournal} asks to start
     * (appendonly turned on), flushes and opens a new incremental file that receives every write
     * from now on, so that nothing written during the rewrite is lost. With the AOF off and no
     * request to start, the rewrite only produces a new base.
     */
    Rewrite beginRewrite(boolean startJournal) throws IOException;

    /** A rewrite in progress: Redis 7's rewriteAppendOnlyFileBackground() and its completion. */
    interface Rewrite {

        /** Writes the new base file from {@code image} to a temporary file (writer thread). */
        void writeBase(KeyspaceImage image) throws IOException;

        /**
         * Installs the new base: renames it, writes the new manifest atomically (base plus the
         * incremental file opened by the rewrite) and deletes the files it replaces.
         */
        void commit() throws IOException;

        /** Gives up: removes the temporary base; the AOF keeps its previous base. */
        void abort();
    }

    /** What a load did: commands replayed, and whether a truncated tail was cut off. */
    record LoadResult(long commands, boolean truncated, long keysFromBase) {}
}
