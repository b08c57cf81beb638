package io.hexaredis.adapter.persistence.aof;

import io.hexaredis.adapter.persistence.rdb.RdbSnapshotStore;
import io.hexaredis.application.config.Config;
import io.hexaredis.domain.keyspace.Keyspace;
import io.hexaredis.domain.persistence.CommandJournal;
import io.hexaredis.domain.persistence.CommandReplay;
import io.hexaredis.domain.persistence.KeyspaceImage;
import io.hexaredis.domain.persistence.SnapshotStore;
import io.hexaredis.domain.replication.Effect;
import io.hexaredis.domain.replication.EffectCodec;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The append-only file of Redis 7: a directory with a manifest, a base file and incremental files.
 *
 * <p>Redis: aof.c. The life of the journal:
 * <ul>
 *   <li>At start-up with appendonly yes, {@link #load} replays the files the manifest lists (see
 *       {@link AofLoader}), then {@link #open} creates a base if there was no AOF and opens the last
 *       incremental file for appending.
 *   <li>Every effect the server propagates is encoded into a buffer ({@link #append}, Redis's
 *       {@code aof_buf} filled by feedAppendOnlyFile(), with a SELECT whenever the database
 *       changes). Before the event loop writes any reply, {@link #flush} writes the buffer to the
 *       file (flushAppendOnlyFile() in beforeSleep()) and, with {@code appendfsync always}, forces it
 *       to disk: a client is never told a write succeeded before it is durable. With
 *       {@code everysec} a background thread forces the file once a second (at most about a second
 *       of writes is lost on a crash); with {@code no} the kernel decides.
 *   <li>A rewrite ({@link #beginRewrite}) first opens a new incremental file that receives all
 *       writes from then on, and records it in the manifest; a writer thread then writes the new
 *       base from a point-in-time image of that same instant; {@link Rewrite#commit} renames the
 *       base into place and writes a manifest that lists the new base and only the new incremental
 *       file, then deletes the files it replaced. A crash at any step leaves a manifest that
 *       describes complete, loadable data.
 * </ul>
 * Manifest and base are always written to a temporary file, synced, and renamed.
 */
public final class AofJournal implements CommandJournal {

    private static final Logger LOG = LoggerFactory.getLogger(AofJournal.class);
    private static final byte[] SELECT = "SELECT".getBytes(StandardCharsets.US_ASCII);

    private final Config config;
    private final SnapshotStore store;
    private final Object fsyncLock = new Object();
    private AofManifest manifest;
    private volatile FileChannel incr;
    private ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
    private volatile String fsyncPolicy = "everysec";
    private int selectedDb = -1;
    private long currentSize;
    private long baseSize;
    private long lastIncrSize;
    private volatile boolean unsynced;
    private volatile String lastWriteStatus = "ok";
    private ScheduledExecutorService fsyncThread;

    public AofJournal(Config config, SnapshotStore store) {
        this.config = config;
        this.store = store;
    }

    private Path dir() {
        return Path.of(config.get("dir")).resolve(config.get("appenddirname"));
    }

    private String prefix() {
        return config.get("appendfilename");
    }

    private Path manifestPath() {
        return dir().resolve(prefix() + ".manifest");
    }

    /** The single-file AOF of Redis before 7.0, in {@code dir}. */
    private Path oldStyleFile() {
        return Path.of(config.get("dir")).resolve(prefix());
    }

    @Override
    public boolean exists() {
        return Files.exists(manifestPath()) || Files.isRegularFile(oldStyleFile());
    }

    @Override
    public LoadResult load(Keyspace keyspace, CommandReplay replay) throws IOException {
        manifest = readManifest();
        if (manifest == null) {
            return new LoadResult(0, false, 0);
        }
        List<AofManifest.FileInfo> files = manifest.loadOrder();
        for (AofManifest.FileInfo f : files) {
            if (!Files.isRegularFile(dir().resolve(f.name()))) {
                throw new IOException("The AOF file " + f.name() + " doesn't exist (listed in "
                        + manifestPath().getFileName() + ")");
            }
        }
        long commands = 0;
        long keys = 0;
        boolean truncated = false;
        boolean loadTruncated = config.getBool("aof-load-truncated");
        for (int i = 0; i < files.size(); i++) {
            Path file = dir().resolve(files.get(i).name());
            AofLoader.FileResult r = AofLoader.load(file, i == files.size() - 1, loadTruncated, store, keyspace, replay);
            LOG.info("DB loaded from {} file {}", files.get(i).type() == AofManifest.Type.BASE ? "base" : "incr",
                    files.get(i).name());
            commands += r.commands();
            keys += r.keysFromRdb();
            truncated |= r.truncated();
        }
        currentSize = sizeOf(manifest);
        baseSize = currentSize;
        lastIncrSize = manifest.incrs().isEmpty() ? 0 : Files.size(dir().resolve(last(manifest).name()));
        return new LoadResult(commands, truncated, keys);
    }

    /**
     * The manifest on disk, or null. A pre-7.0 single-file AOF is first moved into the directory as
     * the base of a new manifest (aofUpgradePrepare()).
     */
    private AofManifest readManifest() throws IOException {
        Path path = manifestPath();
        if (!Files.exists(path) && Files.isRegularFile(oldStyleFile())) {
            Files.createDirectories(dir());
            Files.move(oldStyleFile(), dir().resolve(prefix()));
            AofManifest m = AofManifest.parse("file " + prefix() + " seq 1 type b\n");
            persist(m);
            LOG.info("Successfully migrated an old-style AOF into {}", dir());
            return m;
        }
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        }
        try {
            return AofManifest.parse(text);
        } catch (IOException e) {
            throw new IOException(e.getMessage() + " in " + path.getFileName(), e);
        }
    }

    @Override
    public void open(KeyspaceImage image) throws IOException {
        if (manifest == null) {
            manifest = readManifest();
        }
        Files.createDirectories(dir());
        AofManifest m = manifest == null ? new AofManifest() : manifest.copy();
        boolean changed = false;
        if (m.base() == null && m.incrs().isEmpty()) {
            AofManifest.FileInfo base = m.newBase(prefix(), config.getBool("aof-use-rdb-preamble"));
            writeBase(image, dir().resolve(base.name()));
            LOG.info("Creating AOF base file {} on server start", base.name());
            changed = true;
        }
        if (m.incrs().isEmpty()) {
            AofManifest.FileInfo f = m.newIncr(prefix());
            Files.createFile(dir().resolve(f.name()));
            LOG.info("Creating AOF incr file {} on server start", f.name());
            changed = true;
        }
        if (changed) {
            persist(m);
        }
        manifest = m;
        openIncr(dir().resolve(last(m).name()));
        currentSize = sizeOf(m);
        baseSize = currentSize;
    }

    @Override
    public boolean isOpen() {
        return incr != null;
    }

    @Override
    public void append(Effect effect) {
        if (incr == null) {
            return;
        }
        if (effect.db() != selectedDb) {
            EffectCodec.encode(new byte[][] {SELECT, Integer.toString(effect.db()).getBytes(StandardCharsets.US_ASCII)}, buffer);
            selectedDb = effect.db();
        }
        EffectCodec.encode(effect.argv(), buffer);
    }

    @Override
    public void flush(boolean force) {
        FileChannel ch = incr;
        if (ch == null) {
            return;
        }
        try {
            if (buffer.size() > 0) {
                ByteBuffer bytes = ByteBuffer.wrap(buffer.toByteArray());
                while (bytes.hasRemaining()) {
                    ch.write(bytes);
                }
                currentSize += buffer.size();
                lastIncrSize += buffer.size();
                buffer = bytes.capacity() > 1 << 20 ? new ByteArrayOutputStream(16 * 1024) : buffer;
                buffer.reset();
                unsynced = true;
            }
            fsyncPolicy = config.get("appendfsync");
            if (unsynced && (force || fsyncPolicy.equals("always"))) {
                synchronized (fsyncLock) {
                    ch.force(false);
                    unsynced = false;
                }
            }
            lastWriteStatus = "ok";
        } catch (IOException e) {
            lastWriteStatus = "err";
            LOG.error("Error writing to the AOF file: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        if (incr == null) {
            return;
        }
        flush(true);
        stopFsyncThread();
        try {
            incr.close();
        } catch (IOException e) {
            LOG.warn("Closing the AOF: {}", e.getMessage());
        }
        incr = null;
        selectedDb = -1;
    }

    @Override
    public long currentSize() {
        return currentSize;
    }

    @Override
    public long baseSize() {
        return baseSize;
    }

    @Override
    public String lastWriteStatus() {
        return lastWriteStatus;
    }

    @Override
    public Rewrite beginRewrite(boolean startJournal) throws IOException {
        if (manifest == null) {
            manifest = readManifest();
        }
        Files.createDirectories(dir());
        Path tempIncr = null;
        if (incr != null) {
            flush(true);
            AofManifest m = manifest == null ? new AofManifest() : manifest.copy();
            AofManifest.FileInfo f = m.newIncr(prefix());
            Path file = dir().resolve(f.name());
            Files.createFile(file);
            persist(m);
            manifest = m;
            LOG.info("Creating AOF incr file {} on background rewrite", f.name());
            switchIncr(file);
        } else if (startJournal) {
            // Turning the AOF on: until the new base exists, the manifest on disk must not name the
            // writes of this run (it may describe an old, stale AOF). They go to a temporary
            // incremental file that the commit renames and adds (Redis's temp incr AOF).
            tempIncr = dir().resolve("temp-" + prefix() + ".incr");
            Files.deleteIfExists(tempIncr);
            Files.createFile(tempIncr);
            switchIncr(tempIncr);
        }
        return new AofRewrite(incr != null, tempIncr);
    }

    private void switchIncr(Path file) throws IOException {
        FileChannel old = incr;
        openIncr(file);
        lastIncrSize = 0;
        if (old != null) {
            synchronized (fsyncLock) {
                old.close();
            }
        }
    }

    /** The rewrite in progress: a temporary base file, then its installation. */
    private final class AofRewrite implements Rewrite {
        private final boolean journaling;
        private final Path tempIncr;
        private final Path temp;
        private final boolean rdb;

        AofRewrite(boolean journaling, Path tempIncr) {
            this.journaling = journaling;
            this.tempIncr = tempIncr;
            this.temp = dir().resolve("temp-rewriteaof-bg-" + ProcessHandle.current().pid() + ".aof");
            this.rdb = config.getBool("aof-use-rdb-preamble");
        }

        @Override
        public void writeBase(KeyspaceImage image) throws IOException {
            try (FileOutputStream file = new FileOutputStream(temp.toFile())) {
                OutputStream out = rdb ? file : new BufferedOutputStream(file, 64 * 1024);
                if (rdb) {
                    store.write(image, out, true);
                } else {
                    image.accept(new AofRewriter(out));
                    out.flush();
                }
                file.getFD().sync();
            } catch (IOException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
            LOG.info("Successfully created the temporary AOF base file {}", temp.getFileName());
        }

        @Override
        public void commit() throws IOException {
            AofManifest m = manifest == null ? new AofManifest() : manifest.copy();
            AofManifest.FileInfo base = m.newBase(prefix(), rdb);
            Files.move(temp, dir().resolve(base.name()), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Successfully renamed the temporary AOF base file {} into {}", temp.getFileName(), base.name());
            boolean journalingNow = journaling && incr != null;
            if (journalingNow && tempIncr != null) {
                AofManifest.FileInfo f = m.newIncr(prefix());
                Files.move(tempIncr, dir().resolve(f.name()), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                LOG.info("Successfully renamed the temporary AOF incr file {} into {}", tempIncr.getFileName(), f.name());
            }
            m.markIncrsAsHistory(journalingNow ? 1 : 0);
            persist(m);
            for (AofManifest.FileInfo h : m.history()) {
                LOG.info("Removing the history file {} in the background", h.name());
                Files.deleteIfExists(dir().resolve(h.name()));
            }
            m.clearHistory();
            persist(m); // aofDelHistoryFiles(): the manifest no longer names the deleted files
            manifest = m;
            currentSize = sizeOf(m);
            baseSize = currentSize;
        }

        @Override
        public void abort() {
            try {
                Files.deleteIfExists(temp);
                if (tempIncr != null) {
                    close();
                    Files.deleteIfExists(tempIncr);
                }
            } catch (IOException e) {
                LOG.warn("Removing the temporary files of an AOF rewrite: {}", e.getMessage());
            }
        }
    }

    private void writeBase(KeyspaceImage image, Path target) throws IOException {
        Path temp = dir().resolve("temp-" + target.getFileName());
        boolean rdb = target.getFileName().toString().endsWith(".rdb");
        RdbSnapshotStore.writeAtomically(temp, target, out -> {
            if (rdb) {
                store.write(image, out, true);
            } else {
                BufferedOutputStream buffered = new BufferedOutputStream(out, 64 * 1024);
                image.accept(new AofRewriter(buffered));
                buffered.flush();
            }
        });
    }

    /** Writes {@code m} as the manifest: temporary file, sync, rename, sync the directory. */
    private void persist(AofManifest m) throws IOException {
        Path target = manifestPath();
        Path temp = dir().resolve("temp-" + target.getFileName());
        byte[] text = m.render().getBytes(StandardCharsets.UTF_8);
        RdbSnapshotStore.writeAtomically(temp, target, out -> out.write(text));
    }

    private void openIncr(Path file) throws IOException {
        incr = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        selectedDb = -1;
        startFsyncThread();
    }

    private void startFsyncThread() {
        if (fsyncThread != null) {
            return;
        }
        fsyncThread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hexaredis-aof-fsync");
            t.setDaemon(true);
            return t;
        });
        fsyncThread.scheduleWithFixedDelay(this::backgroundFsync, 1, 1, TimeUnit.SECONDS);
    }

    private void stopFsyncThread() {
        if (fsyncThread != null) {
            fsyncThread.shutdownNow();
            fsyncThread = null;
        }
    }

    /** The everysec policy: Redis's bio fsync job, at most once a second. */
    private void backgroundFsync() {
        if (!unsynced || !fsyncPolicy.equals("everysec")) {
            return;
        }
        synchronized (fsyncLock) {
            FileChannel ch = incr;
            if (ch == null || !ch.isOpen()) {
                return;
            }
            try {
                unsynced = false;
                ch.force(false);
            } catch (IOException e) {
                unsynced = true;
                lastWriteStatus = "err";
                LOG.error("Error syncing the AOF file: {}", e.getMessage());
            }
        }
    }

    private long sizeOf(AofManifest m) throws IOException {
        long total = 0;
        for (AofManifest.FileInfo f : m.loadOrder()) {
            Path p = dir().resolve(f.name());
            if (Files.exists(p)) {
                total += Files.size(p);
            }
        }
        return total;
    }

    private static AofManifest.FileInfo last(AofManifest m) {
        return m.incrs().get(m.incrs().size() - 1);
    }
}
