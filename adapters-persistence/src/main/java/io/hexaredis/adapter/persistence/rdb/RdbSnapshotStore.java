package io.hexaredis.adapter.persistence.rdb;

import io.hexaredis.application.config.Config;
import io.hexaredis.domain.keyspace.Keyspace;
import io.hexaredis.domain.persistence.KeyspaceImage;
import io.hexaredis.domain.persistence.SnapshotStore;
import io.hexaredis.domain.time.Clock;
import io.hexaredis.domain.zset.ListpackLimits;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RDB snapshot store: the format (through {@link RdbWriter} and {@link RdbReader}) and the file
 * {@code dir}/{@code dbfilename}.
 *
 * <p>Redis: rdbSave(), rdbLoad(), and DUMP/RESTORE's createDumpPayload()/verifyDumpPayload(). A save
 * never writes the snapshot file in place: it writes {@code temp-<pid>.rdb} in the same directory,
 * forces it to disk, renames it over the old file (atomic on POSIX file systems) and syncs the
 * directory so the rename itself survives a power loss. A crash at any point leaves either the
 * old snapshot or the new one, never a mix; a failed save deletes its temporary file.
 *
 * <p>The settings (dir, dbfilename, rdbcompression, rdbchecksum) are read at each save, so CONFIG
 * SET applies to the next one.
 */
public final class RdbSnapshotStore implements SnapshotStore {

    private static final Logger LOG = LoggerFactory.getLogger(RdbSnapshotStore.class);
    private static final int DUMP_FOOTER = 10; // 2-byte RDB version + 8-byte CRC64

    private final Config config;
    private final Clock clock;

    public RdbSnapshotStore(Config config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    @Override
    public void write(KeyspaceImage image, OutputStream out, boolean aofBase) throws IOException {
        RdbWriter.Aux aux = new RdbWriter.Aux(clock.millis() / 1000, usedMemory(), aofBase);
        new RdbWriter(out, config.getBool("rdbcompression"), config.getBool("rdbchecksum"), aux).write(image);
    }

    @Override
    public LoadReport read(InputStream in, Keyspace keyspace, boolean aofBase) throws IOException {
        boolean keepExpired = aofBase || keyspace.masterControlsExpiry();
        return new RdbReader(in, config.getBool("rdbchecksum"), limits()).read(keyspace, clock.millis(), keepExpired);
    }

    @Override
    public void save(KeyspaceImage image) throws IOException {
        Path dir = Path.of(config.get("dir"));
        Path target = dir.resolve(config.get("dbfilename"));
        Path temp = dir.resolve("temp-" + ProcessHandle.current().pid() + ".rdb");
        writeAtomically(temp, target, out -> write(image, out, false));
    }

    @Override
    public LoadReport load(Keyspace keyspace) throws IOException {
        Path file = Path.of(config.get("dir")).resolve(config.get("dbfilename"));
        InputStream raw;
        try {
            raw = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            return null;
        }
        try (InputStream in = new BufferedInputStream(raw, 64 * 1024)) {
            return read(in, keyspace, false);
        }
    }

    @Override
    public byte[] dump(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RdbOutput out = new RdbOutput(bytes, config.getBool("rdbcompression"));
        try {
            out.writeByte(RdbValueWriter.typeOf(value));
            RdbValueWriter.write(out, value);
            out.writeByte(RdbFormat.VERSION & 0xff);
            out.writeByte(RdbFormat.VERSION >>> 8);
            out.writeLongLE(0); // placeholder, replaced below: the CRC covers the version too
            out.flush();
        } catch (IOException e) {
            throw new IllegalStateException("DUMP of a " + value.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
        byte[] payload = bytes.toByteArray();
        long crc = Crc64.update(0, payload, 0, payload.length - 8);
        for (int i = 0; i < 8; i++) {
            payload[payload.length - 8 + i] = (byte) (crc >>> (8 * i));
        }
        return payload;
    }

    @Override
    public boolean isValidDump(byte[] payload) {
        if (payload.length < DUMP_FOOTER) {
            return false;
        }
        int footer = payload.length - DUMP_FOOTER;
        int version = (payload[footer] & 0xff) | (payload[footer + 1] & 0xff) << 8;
        if (version > RdbFormat.VERSION) {
            return false;
        }
        long crc = Crc64.update(0, payload, 0, payload.length - 8);
        for (int i = 0; i < 8; i++) {
            if ((byte) (crc >>> (8 * i)) != payload[footer + 2 + i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Object restore(byte[] payload) {
        RdbInput in = new RdbInput(new ByteArrayInputStream(payload, 0, payload.length - DUMP_FOOTER));
        try {
            int type = in.readByte();
            if (!RdbFormat.isValueType(type)) {
                return null;
            }
            if (type == RdbFormat.TYPE_STRING) {
                return in.readString();
            }
            DecodedCollection c = RdbValueReader.readCollection(type, in);
            return c.size() == 0 ? null : RdbValueReader.toDomainValue(c, in, limits());
        } catch (IOException e) {
            LOG.debug("RESTORE payload does not decode: {}", e.getMessage());
            return null;
        }
    }

    /** What writes the content of a file being saved. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code temp}, syncs it, renames it to {@code target} and syncs the directory; on any
     * failure the temporary file is removed and {@code target} is untouched.
     */
    public static void writeAtomically(Path temp, Path target, Content content) throws IOException {
        FileOutputStream out;
        try {
            out = new FileOutputStream(temp.toFile());
        } catch (IOException e) {
            throw new IOException("Failed opening the temp RDB file " + temp.getFileName() + " (in server root dir "
                    + temp.toAbsolutePath().getParent() + ") for saving: " + e.getMessage(), e);
        }
        boolean done = false;
        try {
            try (out) {
                content.writeTo(out);
                out.getFD().sync();
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            done = true;
        } catch (IOException e) {
            throw new IOException("Write error saving DB on disk: " + e.getMessage(), e);
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
        syncDirectory(target.toAbsolutePath().getParent());
    }

    /** fsyncFileDir(): makes a rename in {@code dir} durable. */
    public static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            LOG.warn("Failed to fsync directory {}: {}", dir, e.getMessage());
        }
    }

    private RdbValueReader.Limits limits() {
        return new RdbValueReader.Limits(config.getInt("list-max-listpack-size"), config.getLong("hash-max-listpack-entries"),
                config.getLong("hash-max-listpack-value"), config.getLong("set-max-intset-entries"),
                new ListpackLimits(config.getLong("zset-max-listpack-entries"), config.getLong("zset-max-listpack-value")));
    }

    private static long usedMemory() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
