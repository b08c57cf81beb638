package io.hexaredis.application.persistence;

import io.hexaredis.application.config.Config;
import io.hexaredis.domain.keyspace.Keyspace;
import io.hexaredis.domain.persistence.CommandJournal;
import io.hexaredis.domain.persistence.CommandReplay;
import io.hexaredis.domain.persistence.KeyspaceImage;
import io.hexaredis.domain.persistence.PointInTimeImage;
import io.hexaredis.domain.persistence.SnapshotStore;
import io.hexaredis.domain.time.Clock;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's persistence: what to save and load, when, and how it went.
 *
 * <p>Redis spreads this over rdb.c (rdbSaveBackground, bgsaveCommand, backgroundSaveDoneHandler),
 * aof.c (startAppendOnly, stopAppendOnly, rewriteAppendOnlyFileBackground,
 * backgroundRewriteDoneHandler) and server.c (serverCron's save points and automatic rewrites,
 * checkChildrenDone, loadDataFromDisk, prepareForShutdown). Here it is one service, driven from
 * four places, all on the event-loop thread:
 * <ul>
 *   <li>start-up: {@link #loadDataFromDisk}, before the server listens;
 *   <li>commands: SAVE, BGSAVE, BGREWRITEAOF, LASTSAVE, CONFIG SET appendonly;
 *   <li>the cron ({@link #serverCron}): finished background jobs, scheduled jobs, save points,
 *       automatic AOF rewrites;
 *   <li>before the event loop sleeps ({@link #beforeSleep}): the AOF buffer is written (and synced
 *       per appendfsync) before any reply goes out;
 *   <li>shutdown: {@link #prepareForShutdown}.
 * </ul>
 *
 * <p>Like Redis, at most one background job (BGSAVE or AOF rewrite, Redis's one child process)
 * runs at a time; the other kind waits, scheduled, until it is done.
 */
public final class Persistence {

    private static final Logger LOG = LoggerFactory.getLogger(Persistence.class);
    private static final long BGSAVE_RETRY_DELAY_MS = 5_000; // CONFIG_BGSAVE_RETRY_DELAY

    /** The AOF's state (Redis's aof_state): off, on, or on as soon as the first rewrite completes. */
    public enum AofState { OFF, ON, WAIT_REWRITE }

    private final Config config;
    private final Keyspace keyspace;
    private final Clock clock;
    private final SnapshotStore store;
    private final CommandJournal journal;

    private long lastSaveMillis;
    private long dirtyAtLastSave;
    private long dirtyAtBgsaveStart;
    private boolean lastBgsaveOk = true;
    private long lastBgsaveTryMillis;
    private long lastBgsaveSeconds = -1;
    private long rdbSaves;
    private long lastLoadKeysLoaded;
    private long lastLoadKeysExpired;
    private Job bgsave;
    private boolean bgsaveScheduled;

    private AofState aofState = AofState.OFF;
    private Job rewrite;
    private CommandJournal.Rewrite rewriteHandle;
    private boolean rewriteScheduled;
    private boolean lastRewriteOk = true;
    private long lastRewriteTryMillis;
    private long lastRewriteSeconds = -1;
    private long aofRewrites;
    private long rewriteFailuresInARow;
    private boolean loading;
    private boolean loadFailed;
    private boolean shutdownDone;
    private SaveListener saveListener = (millis, dirty) -> {};

    /** Told of every successful save, and of the end of loading (the server state's last-save record). */
    @FunctionalInterface
    public interface SaveListener {
        void saved(long millis, long dirtyCovered);
    }

    /** A background job: its thread, the image it reads, and how it ended. */
    private static final class Job {
        Thread thread;
        final PointInTimeImage image;
        final long startNanos;
        volatile boolean done;
        volatile Throwable error;
        volatile boolean cancelled;
        java.util.function.Consumer<Throwable> forReplicas; // set for a snapshot written for replicas

        Job(PointInTimeImage image, long startNanos) {
            this.image = image;
            this.startNanos = startNanos;
        }
    }

    /** What a job does on its thread, with the image it may read. */
    @FunctionalInterface
    private interface Work {
        void run(KeyspaceImage image) throws IOException;
    }

    public Persistence(Config config, Keyspace keyspace, Clock clock, SnapshotStore store, CommandJournal journal) {
        this.config = config;
        this.keyspace = keyspace;
        this.clock = clock;
        this.store = store;
        this.journal = journal;
        this.lastSaveMillis = clock.millis();
        config.onChange("appendonly", v -> {
            if (!loading) {
                setAppendOnly(v.equals("yes"));
            }
        });
    }

    /** Installs the listener told of each successful save (LASTSAVE and INFO read the server state). */
    public void onSave(SaveListener listener) {
        this.saveListener = listener;
    }

    private void recordSave(long dirtyCovered) {
        dirtyAtLastSave = dirtyCovered;
        lastSaveMillis = clock.millis();
        saveListener.saved(lastSaveMillis, dirtyCovered);
    }

    // ---- start-up and shutdown ----

    /**
     * loadDataFromDisk(): with appendonly yes the AOF is the source of truth (even when missing:
     * then the server starts empty and creates one, as Redis 7 does); otherwise the RDB file, if
     * any. Then journaling starts when appendonly is yes.
     *
     * @throws IOException when a file is damaged: the server must not start (the message names
     *     the file and what is wrong); nothing is overwritten.
     */
    public void loadDataFromDisk(CommandReplay replay) throws IOException {
        long start = clock.nanos();
        loading = true;
        loadFailed = true; // until the load succeeds: never save over files that could not be read
        try {
            if (config.getBool("appendonly")) {
                if (journal.exists()) {
                    CommandJournal.LoadResult r = journal.load(keyspace, replay);
                    LOG.info("DB loaded from append only file: {} seconds ({} commands{})",
                            String.format(Locale.ROOT, "%.3f", (clock.nanos() - start) / 1e9), r.commands(),
                            r.truncated() ? ", truncated tail dropped" : "");
                }
                journal.open(KeyspaceImage.live(keyspace));
                aofState = AofState.ON;
            } else {
                SnapshotStore.LoadReport r;
                try {
                    r = store.load(keyspace);
                } catch (IOException e) {
                    throw new IOException("Fatal error loading the DB, check server logs. " + config.get("dbfilename")
                            + ": " + e.getMessage() + ". Exiting.", e);
                }
                if (r != null) {
                    lastLoadKeysLoaded = r.keysLoaded();
                    lastLoadKeysExpired = r.keysExpired();
                    LOG.info("DB loaded from disk: {} seconds",
                            String.format(Locale.ROOT, "%.3f", (clock.nanos() - start) / 1e9));
                }
            }
        } finally {
            loading = false;
        }
        loadFailed = false;
        recordSave(keyspace.dirty());
    }

    /**
     * prepareForShutdown(): stops a background job, flushes and syncs the AOF, and saves an RDB
     * when save points are configured (or {@code save} forces it) unless {@code noSave}.
     *
     * @return false when the requested save failed: Redis then refuses to shut down (SHUTDOWN
     *     replies "-ERR Errors trying to SHUTDOWN. Check logs.").
     */
    public boolean prepareForShutdown(boolean save, boolean noSave) {
        return prepareForShutdown(save, noSave, false);
    }

    /** As {@link #prepareForShutdown(boolean, boolean)}; with {@code force} a failed save does not stop the shutdown. */
    public boolean prepareForShutdown(boolean save, boolean noSave, boolean force) {
        if (shutdownDone) {
            return true;
        }
        if (loadFailed) {
            LOG.warn("The data on disk could not be loaded: leaving the files as they are, nothing is saved");
            shutdownDone = true;
            return true;
        }
        LOG.info("User requested shutdown...");
        if (bgsave != null) {
            LOG.warn("There is a child saving an .rdb. Killing it!");
            bgsave.cancelled = true;
            waitFor(bgsave);
            bgsave.image.release();
            bgsave = null;
        }
        if (rewrite != null) {
            LOG.warn("There is a child rewriting the AOF. Killing it!");
            rewrite.cancelled = true;
            waitFor(rewrite);
            rewrite.image.release();
            rewriteHandle.abort();
            rewrite = null;
        }
        if (aofState != AofState.OFF) {
            LOG.info("Calling fsync() on the AOF file.");
            journal.flush(true);
        }
        if ((save || !config.get("save").isEmpty()) && !noSave) {
            LOG.info("Saving the final RDB snapshot before exiting.");
            try {
                saveNow();
            } catch (IOException e) {
                if (!force) {
                    LOG.warn("Error trying to save the DB, can't exit. {}", e.getMessage());
                    return false;
                }
                LOG.warn("Error trying to save the DB. Exit anyway. {}", e.getMessage());
            }
        }
        journal.close();
        shutdownDone = true;
        return true;
    }

    // ---- RDB ----

    /**
     * DEBUG RELOAD: saves the RDB (unless {@code save} is false), empties the keyspace (unless
     * {@code flush} is false) and loads the file back, on this thread, as debug.c does with
     * rdbSave(), emptyData() and rdbLoad(). A test of the save/load round trip on live data.
     *
     * @throws IOException when saving or loading fails; the message says which
     */
    public void debugReload(boolean save, boolean flush) throws IOException {
        if (save) {
            try {
                saveNow();
            } catch (IOException e) {
                throw new IOException("ERR Error trying to save the DB", e);
            }
        }
        if (flush) {
            keyspace.flushAll();
        }
        try {
            store.load(keyspace);
        } catch (IOException e) {
            throw new IOException("ERR Error trying to load the RDB dump, check server logs.", e);
        }
        LOG.info("DB reloaded by DEBUG RELOAD");
    }

    /** SAVE: writes the snapshot now, on this thread (rdbSave()). */
    public void saveNow() throws IOException {
        try {
            store.save(KeyspaceImage.live(keyspace));
        } catch (IOException e) {
            lastBgsaveOk = false;
            throw e;
        }
        LOG.info("DB saved on disk");
        recordSave(keyspace.dirty());
        lastBgsaveOk = true;
        rdbSaves++;
    }

    public boolean bgsaveInProgress() {
        return bgsave != null;
    }

    public boolean rewriteInProgress() {
        return rewrite != null;
    }

    /** True while a background job of either kind runs (Redis's hasActiveChildProcess()). */
    public boolean hasActiveChild() {
        return bgsave != null || rewrite != null;
    }

    /** BGSAVE: starts writing the snapshot from a point-in-time image on a background thread. */
    public void startBgsave() {
        if (hasActiveChild()) {
            throw new IllegalStateException("a background job is already running");
        }
        lastBgsaveTryMillis = clock.millis();
        dirtyAtBgsaveStart = keyspace.dirty();
        PointInTimeImage image = PointInTimeImage.capture(keyspace);
        bgsave = start("hexaredis-bgsave", image, store::save);
        bgsaveScheduled = false;
        LOG.info("Background saving started");
    }

    /**
     * A snapshot for replicas (Redis: startBgsaveForReplication()): written from a point-in-time
     * image to {@code sink} on a background thread, in the slot of BGSAVE, so that at most one
     * snapshot is taken at a time and BGSAVE waits for it. No file is written and no save is
     * recorded: the bytes are the replicas' payload. {@code done} is told on the event-loop thread,
     * by the cron, with null or the error.
     */
    public void startReplicationSnapshot(java.io.OutputStream sink, java.util.function.Consumer<Throwable> done) {
        if (hasActiveChild()) {
            throw new IllegalStateException("a background job is already running");
        }
        PointInTimeImage image = PointInTimeImage.capture(keyspace);
        bgsave = start("hexaredis-sync", image, view -> store.write(view, sink, false));
        bgsave.forReplicas = done;
        LOG.info("Starting BGSAVE for SYNC with target: replicas sockets");
    }

    /** BGSAVE SCHEDULE while a rewrite runs: start as soon as it is done. */
    public void scheduleBgsave() {
        bgsaveScheduled = true;
    }

    /** LASTSAVE: Unix seconds of the last successful save. */
    public long lastSave() {
        return lastSaveMillis / 1000;
    }

    /** Changes since the last successful save (rdb_changes_since_last_save). */
    public long changesSinceLastSave() {
        return keyspace.dirty() - dirtyAtLastSave;
    }

    // ---- AOF ----

    public AofState aofState() {
        return aofState;
    }

    /** BGREWRITEAOF: starts a rewrite now; the caller has checked no job is running. */
    public void startRewrite() throws IOException {
        if (hasActiveChild()) {
            throw new IllegalStateException("a background job is already running");
        }
        lastRewriteTryMillis = clock.millis();
        CommandJournal.Rewrite handle = journal.beginRewrite(aofState == AofState.WAIT_REWRITE);
        PointInTimeImage image = PointInTimeImage.capture(keyspace);
        rewriteHandle = handle;
        rewrite = start("hexaredis-aof-rewrite", image, handle::writeBase);
        rewriteScheduled = false;
        LOG.info("Background append only file rewriting started");
    }

    /** BGREWRITEAOF while a BGSAVE runs: start as soon as it is done. */
    public void scheduleRewrite() {
        rewriteScheduled = true;
    }

    /**
     * CONFIG SET appendonly: turning it on starts a rewrite (the AOF is on once the new base
     * exists, writes in between going to a new incremental file); turning it off closes the file.
     *
     * @throws IllegalArgumentException when the AOF cannot be started (CONFIG SET then fails)
     */
    public void setAppendOnly(boolean on) {
        if (on && aofState == AofState.OFF) {
            aofState = AofState.WAIT_REWRITE;
            if (bgsave != null) {
                rewriteScheduled = true;
                return;
            }
            if (rewrite != null) {
                cancelRewrite();
            }
            try {
                startRewrite();
            } catch (IOException e) {
                aofState = AofState.OFF;
                LOG.warn("Redis needs to enable the AOF but can't trigger a background AOF rewrite operation. {}",
                        e.getMessage());
                throw new IllegalArgumentException("Failed to start the AOF");
            }
        } else if (!on && aofState != AofState.OFF) {
            if (rewrite != null) {
                cancelRewrite();
            }
            journal.close();
            aofState = AofState.OFF;
            rewriteScheduled = false;
        }
    }

    private void cancelRewrite() {
        LOG.info("Killing running AOF rewrite child");
        rewrite.cancelled = true;
        waitFor(rewrite);
        rewrite.image.release();
        rewriteHandle.abort();
        rewrite = null;
        rewriteHandle = null;
    }

    // ---- the event loop's calls ----

    /** beforeSleep(): write the AOF buffer (and sync it per appendfsync) before replies go out. */
    public void beforeSleep() {
        journal.flush(false);
    }

    /** The persistence duties of serverCron(), in its order. */
    public void serverCron() {
        checkChildrenDone();
        if (hasActiveChild()) {
            return;
        }
        long now = clock.millis();
        if (rewriteScheduled || (aofState == AofState.WAIT_REWRITE && now - lastRewriteTryMillis > BGSAVE_RETRY_DELAY_MS)) {
            tryRewrite("scheduled");
            return;
        }
        if (bgsaveScheduled) {
            startBgsave();
            return;
        }
        String[] savePoints = config.get("save").isEmpty() ? new String[0] : config.get("save").split(" ");
        long changes = changesSinceLastSave();
        for (int i = 0; i + 1 < savePoints.length; i += 2) {
            long seconds = Long.parseLong(savePoints[i]);
            long needed = Long.parseLong(savePoints[i + 1]);
            if (changes >= needed && now - lastSaveMillis > seconds * 1000
                    && (now - lastBgsaveTryMillis > BGSAVE_RETRY_DELAY_MS || lastBgsaveOk)) {
                LOG.info("{} changes in {} seconds. Saving...", needed, seconds);
                startBgsave();
                return;
            }
        }
        if (aofState == AofState.ON && config.getLong("auto-aof-rewrite-percentage") > 0
                && journal.currentSize() > config.getLong("auto-aof-rewrite-min-size")) {
            long base = Math.max(1, journal.baseSize());
            long growth = journal.currentSize() * 100 / base - 100;
            if (growth >= config.getLong("auto-aof-rewrite-percentage")
                    && (lastRewriteOk || now - lastRewriteTryMillis > BGSAVE_RETRY_DELAY_MS)) {
                LOG.info("Starting automatic rewriting of AOF on {}% growth", growth);
                tryRewrite("automatic");
            }
        }
    }

    private void tryRewrite(String why) {
        try {
            startRewrite();
        } catch (IOException e) {
            lastRewriteOk = false;
            rewriteScheduled = false;
            LOG.warn("Can't start the {} AOF rewrite: {}", why, e.getMessage());
        }
    }

    /** checkChildrenDone(): finishes a background job that has ended. */
    void checkChildrenDone() {
        if (bgsave != null && bgsave.done && bgsave.forReplicas != null) {
            Job job = bgsave;
            bgsave = null;
            job.image.release();
            LOG.info(job.error == null ? "Background RDB transfer terminated with success"
                    : "Background transfer error");
            job.forReplicas.accept(job.error);
        }
        if (bgsave != null && bgsave.done) {
            Job job = bgsave;
            bgsave = null;
            job.image.release();
            lastBgsaveSeconds = (clock.nanos() - job.startNanos) / 1_000_000_000L;
            if (job.error == null) {
                LOG.info("Background saving terminated with success");
                recordSave(dirtyAtBgsaveStart);
                lastBgsaveOk = true;
                rdbSaves++;
            } else {
                LOG.warn("Background saving error: {}", job.error.getMessage());
                lastBgsaveOk = false;
            }
        }
        if (rewrite != null && rewrite.done) {
            Job job = rewrite;
            CommandJournal.Rewrite handle = rewriteHandle;
            rewrite = null;
            rewriteHandle = null;
            job.image.release();
            lastRewriteSeconds = (clock.nanos() - job.startNanos) / 1_000_000_000L;
            Throwable error = job.error;
            if (error == null) {
                try {
                    handle.commit();
                } catch (IOException e) {
                    error = e;
                }
            }
            if (error == null) {
                LOG.info("Background AOF rewrite finished successfully");
                lastRewriteOk = true;
                rewriteFailuresInARow = 0;
                aofRewrites++;
                if (aofState == AofState.WAIT_REWRITE) {
                    aofState = AofState.ON;
                    LOG.info("Background AOF rewrite finished successfully: the AOF is now enabled");
                }
            } else {
                LOG.warn("Background AOF rewrite failed: {}", error.getMessage());
                handle.abort();
                lastRewriteOk = false;
                rewriteFailuresInARow++;
            }
        }
    }

    private Job start(String name, PointInTimeImage image, Work work) {
        Job job = new Job(image, clock.nanos());
        KeyspaceImage view = delayed(image, job);
        job.thread = new Thread(() -> {
            try {
                work.run(view);
            } catch (IOException | RuntimeException e) {
                job.error = e;
            } finally {
                job.done = true;
            }
        }, name);
        job.thread.setDaemon(true);
        job.thread.start();
        return job;
    }

    private static void waitFor(Job job) {
        try {
            job.thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The image as the job's writer sees it: stopped when the job is cancelled, and slowed by
     * rdb-key-save-delay microseconds per key (Redis's setting for testing what happens while a
     * save is in progress).
     */
    private KeyspaceImage delayed(PointInTimeImage image, Job job) {
        long micros = config.getLong("rdb-key-save-delay");
        return visitor -> image.accept(new KeyspaceImage.Visitor() {
            @Override
            public void database(int index, long size, long expires) throws IOException {
                visitor.database(index, size, expires);
            }

            @Override
            public void entry(byte[] key, Object value, long expireAt) throws IOException {
                if (job.cancelled) {
                    throw new IOException("cancelled");
                }
                visitor.entry(key, value, expireAt);
                if (micros > 0) {
                    try {
                        Thread.sleep(micros / 1000, (int) (micros % 1000) * 1000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException("interrupted", e);
                    }
                }
            }
        });
    }

    // ---- INFO ----

    /** The lines of INFO's "# Persistence" section, "field:value" each, in Redis 7.0's order. */
    public List<String> infoLines() {
        List<String> l = new ArrayList<>();
        Job job = bgsave != null ? bgsave : rewrite;
        l.add("loading:" + (loading ? 1 : 0));
        l.add("async_loading:0");
        l.add("current_cow_peak:0");
        l.add("current_cow_size:0");
        l.add("current_cow_size_age:0");
        l.add("current_fork_perc:0.00");
        l.add("current_save_keys_processed:" + (job == null ? 0 : job.image.keysProcessed()));
        l.add("current_save_keys_total:" + (job == null ? 0 : job.image.totalKeys()));
        l.add("rdb_changes_since_last_save:" + changesSinceLastSave());
        l.add("rdb_bgsave_in_progress:" + (bgsave != null ? 1 : 0));
        l.add("rdb_last_save_time:" + lastSave());
        l.add("rdb_last_bgsave_status:" + (lastBgsaveOk ? "ok" : "err"));
        l.add("rdb_last_bgsave_time_sec:" + lastBgsaveSeconds);
        l.add("rdb_current_bgsave_time_sec:" + (bgsave == null ? -1 : (clock.nanos() - bgsave.startNanos) / 1_000_000_000L));
        l.add("rdb_saves:" + rdbSaves);
        l.add("rdb_last_cow_size:0");
        l.add("rdb_last_load_keys_expired:" + lastLoadKeysExpired);
        l.add("rdb_last_load_keys_loaded:" + lastLoadKeysLoaded);
        l.add("aof_enabled:" + (aofState != AofState.OFF ? 1 : 0));
        l.add("aof_rewrite_in_progress:" + (rewrite != null ? 1 : 0));
        l.add("aof_rewrite_scheduled:" + (rewriteScheduled ? 1 : 0));
        l.add("aof_last_rewrite_time_sec:" + lastRewriteSeconds);
        l.add("aof_current_rewrite_time_sec:" + (rewrite == null ? -1 : (clock.nanos() - rewrite.startNanos) / 1_000_000_000L));
        l.add("aof_last_bgrewrite_status:" + (lastRewriteOk ? "ok" : "err"));
        l.add("aof_rewrites:" + aofRewrites);
        l.add("aof_rewrites_consecutive_failures:" + rewriteFailuresInARow);
        l.add("aof_last_write_status:" + journal.lastWriteStatus());
        l.add("aof_last_cow_size:0");
        l.add("module_fork_in_progress:0");
        l.add("module_fork_last_cow_size:0");
        if (aofState != AofState.OFF) {
            l.add("aof_current_size:" + journal.currentSize());
            l.add("aof_base_size:" + journal.baseSize());
            l.add("aof_pending_rewrite:" + (rewriteScheduled ? 1 : 0));
            l.add("aof_buffer_length:0");
            l.add("aof_pending_bio_fsync:0");
            l.add("aof_delayed_fsync:0");
        }
        return l;
    }

    /** The snapshot format, for DUMP and RESTORE. */
    public SnapshotStore snapshots() {
        return store;
    }
}
