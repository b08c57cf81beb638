package io.hexaredis.domain.persistence;

import io.hexaredis.domain.keyspace.Keyspace;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The RDB snapshot: the format that turns a keyspace into bytes and back, and the file it lives
 * in ({@code dir}/{@code dbfilename}).
 *
 * <p>Redis: rdb.c. The stream methods are its rio-based core, rdbSaveRio() and rdbLoadRio(): they
 * write to and read from any byte sink or source, so one implementation serves SAVE, BGSAVE, the
 * RDB preamble of the AOF and a full resynchronization of a replica. The file methods are rdbSave()
 * and rdbLoad(): a save writes a temporary file, syncs it and renames it over the old one, so a
 * crash in the middle never damages the previous snapshot. DUMP and RESTORE use the same value
 * encoding (Redis: createDumpPayload() and verifyDumpPayload() in cluster.c).
 *
 * <p>Errors: a damaged or unreadable file is an {@link IOException} whose message says what and
 * where, fit to stop the server with.
 */
public interface SnapshotStore {

    /**
     * Writes the RDB image of {@code image} to {@code out} (header, auxiliary fields, databases,
     * EOF and checksum). {@code aofBase} marks it as the base of an AOF (the "aof-base" field).
     */
    void write(KeyspaceImage image, OutputStream out, boolean aofBase) throws IOException;

    /**
     * Reads one RDB image from {@code in} into {@code keyspace}, consuming exactly its bytes, and
     * returns what was loaded. Keys already expired are dropped, unless the keyspace belongs to a
     * replica or {@code aofBase} is set (Redis keeps them then: the master, or the AOF tail, will
     * delete them).
     */
    LoadReport read(InputStream in, Keyspace keyspace, boolean aofBase) throws IOException;

    /** Saves {@code image} to the snapshot file, atomically (write, fsync, rename). */
    void save(KeyspaceImage image) throws IOException;

    /** Loads the snapshot file into {@code keyspace}; null when there is no file. */
    LoadReport load(Keyspace keyspace) throws IOException;

    /** The DUMP payload of one value: its RDB encoding, the RDB version and a CRC64. */
    byte[] dump(Object value);

    /** True when {@code payload} has a known RDB version and a matching checksum. */
    boolean isValidDump(byte[] payload);

    /** The value of a verified DUMP payload, or null when its content does not decode. */
    Object restore(byte[] payload);

    /** What a load found: keys loaded, keys dropped as already expired, and the file's creation time. */
    record LoadReport(long keysLoaded, long keysExpired, long createdAt) {}
}
