package io.hexaredis.adapter.persistence.rdb;

import io.hexaredis.domain.keyspace.Database;
import io.hexaredis.domain.keyspace.KeyTable;
import io.hexaredis.domain.keyspace.Keyspace;
import io.hexaredis.domain.persistence.SnapshotStore.LoadReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a whole RDB image into the keyspace: any version from 1 to 10.
 *
 * <p>Redis: rdbLoadRio() in rdb.c. The loop reads a type byte; opcodes (AUX, SELECTDB, RESIZEDB,
 * expiry, LRU/LFU hints, module aux data, functions) change the state, any other byte is the type of
 * a key-value pair. The stream is consumed up to the last byte of the checksum and no further.
 *
 * <p>What is checked, as Redis checks it: the magic and version ("Can't handle RDB format version"
 * for a newer file), the database numbers against {@code databases}, duplicate keys, every
 * encoding (corrupt blobs are reported, never trusted), and the CRC64 when the file has one and
 * {@code rdbchecksum} is on. Keys whose time has passed are dropped unless asked to keep them.
 */
public final class RdbReader {

    private static final Logger LOG = LoggerFactory.getLogger(RdbReader.class);
    private static final String MODULE_NAME_CHARSET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private final RdbInput in;
    private final boolean verifyChecksum;
    private final RdbValueReader.Limits limits;

    public RdbReader(InputStream source, boolean verifyChecksum) {
        this(source, verifyChecksum, RdbValueReader.Limits.DEFAULTS);
    }

    RdbReader(InputStream source, boolean verifyChecksum, RdbValueReader.Limits limits) {
        this.in = new RdbInput(source);
        this.verifyChecksum = verifyChecksum;
        this.limits = limits;
    }

    /**
     * Receives the key-value pairs of a stream, in file order: Redis's rdbLoadRio() calls dbAdd()
     * where this calls {@link #entry}.
     */
    interface EntrySink {

        /**
         * One pair: {@code value} is a {@code byte[]} string or a non-empty {@link DecodedCollection};
         * {@code expireAt} is Unix ms or {@link KeyTable#NO_EXPIRY}.
         */
        void entry(int db, byte[] key, Object value, long expireAt) throws IOException;

        /** The RESIZEDB hint: {@code keys} keys follow for {@code db}. */
        default void resize(int db, long keys) {}
    }

    /**
     * Loads into {@code keyspace}. {@code keepExpired}: keep keys whose expiry is before
     * {@code now} (a replica, or the base of an AOF); otherwise they are counted and dropped.
     */
    public LoadReport read(Keyspace keyspace, long now, boolean keepExpired) throws IOException {
        long[] loaded = {0};
        long[] expired = {0};
        long ctime = read(keyspace.databases(), new EntrySink() {
            @Override
            public void entry(int index, byte[] key, Object value, long expireAt) throws IOException {
                if (!keepExpired && expireAt != KeyTable.NO_EXPIRY && expireAt < now) {
                    expired[0]++;
                    return;
                }
                Database db = keyspace.db(index);
                Object domainValue = value instanceof DecodedCollection c ? RdbValueReader.toDomainValue(c, in, limits) : value;
                if (!db.addLoaded(key, domainValue, expireAt)) {
                    throw in.corrupt("RDB has duplicated key '" + new String(key, StandardCharsets.UTF_8)
                            + "' in DB " + index);
                }
                loaded[0]++;
            }

            @Override
            public void resize(int index, long keys) {
                keyspace.db(index).reserve(keys);
            }
        });
        LOG.info("Done loading RDB, keys loaded: {}, keys expired: {}.", loaded[0], expired[0]);
        return new LoadReport(loaded[0], expired[0], ctime);
    }

    /**
     * Reads the stream, giving each pair to {@code sink}; returns the file's creation time (the
     * ctime field, Unix seconds, 0 when absent). Empty collections are skipped, as Redis 7 skips
     * them.
     */
    long read(int databases, EntrySink sink) throws IOException {
        byte[] magic = in.readBytes(9);
        if (!Arrays.equals(Arrays.copyOf(magic, 5), RdbFormat.MAGIC)) {
            throw new RdbCorruptException("Wrong signature trying to load DB from file");
        }
        int version = parseVersion(magic);
        if (version < 1 || version > RdbFormat.VERSION) {
            throw new RdbCorruptException(RdbFormat.unsupportedVersion(version));
        }
        int db = 0;
        long expireAt = KeyTable.NO_EXPIRY;
        long emptySkipped = 0;
        long ctime = 0;
        while (true) {
            int type = in.readByte();
            switch (type) {
                case RdbFormat.OPCODE_EXPIRETIME -> {
                    expireAt = (in.readIntLE() & 0xffffffffL) * 1000;
                    continue;
                }
                case RdbFormat.OPCODE_EXPIRETIME_MS -> {
                    expireAt = in.readLongLE();
                    continue;
                }
                case RdbFormat.OPCODE_FREQ -> {
                    in.readByte(); // LFU counter: this server keeps no access statistics
                    continue;
                }
                case RdbFormat.OPCODE_IDLE -> {
                    in.readLen(); // LRU idle time: likewise
                    continue;
                }
                case RdbFormat.OPCODE_SELECTDB -> {
                    long index = in.readLen();
                    if (index >= databases) {
                        throw new RdbCorruptException("FATAL: Data file was created with a Redis server configured to handle"
                                + " more than " + databases + " databases. Exiting");
                    }
                    db = (int) index;
                    continue;
                }
                case RdbFormat.OPCODE_RESIZEDB -> {
                    long keys = in.readLen();
                    in.readLen(); // keys with an expiry: they share the one table here
                    sink.resize(db, keys);
                    continue;
                }
                case RdbFormat.OPCODE_AUX -> {
                    String name = in.readText();
                    byte[] value = in.readString();
                    ctime = aux(name, value, ctime);
                    continue;
                }
                case RdbFormat.OPCODE_MODULE_AUX -> {
                    long moduleId = in.readLen();
                    throw in.corrupt("The RDB file contains AUX module data I can't load: no matching module '"
                            + moduleName(moduleId) + "'");
                }
                case RdbFormat.OPCODE_FUNCTION_PRE_GA -> throw in.corrupt("Pre-release function format not supported.");
                case RdbFormat.OPCODE_FUNCTION2 -> {
                    in.readString();
                    LOG.warn("The RDB file contains a function library; functions are not supported, the library is skipped");
                    continue;
                }
                case RdbFormat.OPCODE_EOF -> {
                    verifyChecksum(version);
                    if (emptySkipped > 0) {
                        LOG.info("Empty keys skipped: {}", emptySkipped);
                    }
                    return ctime;
                }
                default -> {
                    if (!RdbFormat.isValueType(type)) {
                        throw in.corrupt("Unknown RDB encoding type " + type);
                    }
                }
            }
            byte[] key = in.readString();
            Object value = readValue(type);
            long keyExpireAt = expireAt;
            expireAt = KeyTable.NO_EXPIRY;
            if (value == null) {
                emptySkipped++;
                continue;
            }
            sink.entry(db, key, value, keyExpireAt);
        }
    }

    /** Null for an empty collection, which Redis 7 skips rather than load. */
    private Object readValue(int type) throws IOException {
        if (type == RdbFormat.TYPE_STRING) {
            return in.readString();
        }
        DecodedCollection c = RdbValueReader.readCollection(type, in);
        return c.size() == 0 ? null : c;
    }

    private long aux(String name, byte[] value, long ctime) {
        String text = new String(value, StandardCharsets.UTF_8);
        switch (name) {
            case "redis-ver" -> LOG.info("Loading RDB produced by version {}", text);
            case "ctime" -> {
                try {
                    return Long.parseLong(text);
                } catch (NumberFormatException e) {
                    LOG.warn("Unrecognized RDB AUX field ctime '{}'", text);
                }
            }
            case "used-mem" -> LOG.info("RDB memory usage when created {} bytes", text);
            case "redis-bits", "aof-base", "aof-preamble", "repl-stream-db", "repl-id", "repl-offset", "lua" -> {
                // known fields this server does not act on when loading
            }
            default -> LOG.debug("Unrecognized RDB AUX field: '{}'", name);
        }
        return ctime;
    }

    private void verifyChecksum(int version) throws IOException {
        if (version < 5) {
            return;
        }
        long expected = in.crc();
        long stored = in.readLongLE();
        if (!verifyChecksum) {
            return;
        }
        if (stored == 0) {
            LOG.info("RDB file was saved with checksum disabled: no check performed.");
        } else if (stored != expected) {
            throw new RdbCorruptException(String.format(
                    "Wrong RDB checksum expected: (%x) got: (%x). Aborting now.", expected, stored));
        }
    }

    private static int parseVersion(byte[] magic) throws RdbCorruptException {
        int v = 0;
        for (int i = 5; i < 9; i++) {
            if (magic[i] < '0' || magic[i] > '9') {
                throw new RdbCorruptException("Wrong signature trying to load DB from file");
            }
            v = v * 10 + (magic[i] - '0');
        }
        return v;
    }

    /** moduleTypeNameByID(): nine characters of six bits each, above ten bits of encoding version. */
    static String moduleName(long id) {
        char[] name = new char[9];
        long v = id >>> 10;
        for (int j = 8; j >= 0; j--) {
            name[j] = MODULE_NAME_CHARSET.charAt((int) (v & 63));
            v >>>= 6;
        }
        return new String(name);
    }
}
