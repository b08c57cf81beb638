package io.hexaredis.adapter.persistence.aof;

import io.hexaredis.domain.keyspace.Keyspace;
import io.hexaredis.domain.persistence.CommandReplay;
import io.hexaredis.domain.persistence.SnapshotStore;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads one AOF file: an optional RDB image (the preamble, or a whole {@code .base.rdb}), then
 * commands in the RESP form clients send, each replayed as if a client had sent it.
 *
 * <p>Redis: loadSingleAppendOnlyFile() in aof.c. Three ways a file can end:
 * <ul>
 *   <li>cleanly, after a whole command;
 *   <li>in the middle of a command (the server died while writing it): if this is the last file
 *       and {@code aof-load-truncated} is yes, the partial command is dropped, the file is cut at
 *       the end of the last whole command so that new writes follow a valid one, and loading goes
 *       on; otherwise the server stops;
 *   <li>with bytes that are not a command: the server stops, naming the file and the offset, and
 *       the file is left untouched for redis-check-aof to examine.
 * </ul>
 * Lines starting with '#' are annotations (Redis 7's {@code #TS:} timestamps) and are skipped.
 */
final class AofLoader {

    private static final Logger LOG = LoggerFactory.getLogger(AofLoader.class);
    private static final int MAX_ARGC = 1024 * 1024 * 1024;

    /** How one file ended. */
    record FileResult(long commands, boolean truncated, long keysFromRdb) {}

    private AofLoader() {}

    static FileResult load(Path file, boolean last, boolean loadTruncated, SnapshotStore store, Keyspace keyspace,
            CommandReplay replay) throws IOException {
        String name = file.getFileName().toString();
        long commands = 0;
        long keysFromRdb = 0;
        long validUpTo = 0;
        boolean truncated = false;
        try (Counting in = new Counting(new BufferedInputStream(Files.newInputStream(file), 64 * 1024))) {
            in.mark(5);
            byte[] head = in.readNBytes(5);
            in.reset();
            if (head.length == 5 && new String(head, StandardCharsets.US_ASCII).equals("REDIS")) {
                try {
                    keysFromRdb = store.read(in, keyspace, true).keysLoaded();
                } catch (IOException e) {
                    throw new IOException("Bad file format reading the append only file " + name + ": the RDB preamble"
                            + " is not valid (" + e.getMessage() + "). Make a backup of your AOF file, then use"
                            + " ./redis-check-aof --fix <filename.manifest>", e);
                }
            }
            validUpTo = in.position;
            while (true) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                if (b == '#') {
                    if (!skipLine(in)) {
                        truncated = true;
                        break;
                    }
                    validUpTo = in.position;
                    continue;
                }
                byte[][] argv;
                try {
                    if (b != '*') {
                        throw new BadFormat();
                    }
                    long argc = readNumber(in);
                    if (argc < 1 || argc > MAX_ARGC) {
                        throw new BadFormat();
                    }
                    argv = new byte[(int) argc][];
                    for (int i = 0; i < argc; i++) {
                        int dollar = in.read();
                        if (dollar < 0) {
                            throw new Truncated();
                        }
                        if (dollar != '$') {
                            throw new BadFormat();
                        }
                        long len = readNumber(in);
                        if (len < 0 || len > Integer.MAX_VALUE - 8) {
                            throw new BadFormat();
                        }
                        byte[] arg = in.readNBytes((int) len);
                        if (arg.length < len) {
                            throw new Truncated();
                        }
                        int cr = in.read();
                        int lf = in.read();
                        if (cr < 0 || lf < 0) {
                            throw new Truncated();
                        }
                        if (cr != '\r' || lf != '\n') {
                            throw new BadFormat();
                        }
                        argv[i] = arg;
                    }
                } catch (Truncated t) {
                    truncated = true;
                    break;
                } catch (BadFormat f) {
                    throw new IOException("Bad file format reading the append only file " + name + " at offset "
                            + validUpTo + ": make a backup of your AOF file, then use ./redis-check-aof --fix <filename.manifest>");
                }
                if (!replay.replay(argv)) {
                    throw new IOException("Unknown command '" + new String(argv[0], StandardCharsets.UTF_8)
                            + "' reading the append only file " + name);
                }
                commands++;
                validUpTo = in.position;
            }
        }
        if (truncated) {
            if (!last || !loadTruncated) {
                throw new IOException("Unexpected end of file reading the append only file " + name + " at offset "
                        + validUpTo + ". You can: 1) Make a backup of your AOF file, then use ./redis-check-aof --fix"
                        + " <filename.manifest>. 2) Alternatively you can set the 'aof-load-truncated' configuration"
                        + " option to yes and restart the server.");
            }
            LOG.warn("!!! Warning: short read while loading the AOF file {}!!!", name);
            LOG.warn("!!! Truncating the AOF {} at offset {} !!!", name, validUpTo);
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(validUpTo);
                ch.force(true);
            }
            LOG.warn("AOF {} loaded anyway because aof-load-truncated is enabled", name);
        }
        return new FileResult(commands, truncated, keysFromRdb);
    }

    private static boolean skipLine(InputStream in) throws IOException {
        int c;
        while ((c = in.read()) != '\n') {
            if (c < 0) {
                return false;
            }
        }
        return true;
    }

    /** The decimal number of a {@code *N\r\n} or {@code $N\r\n} header, after its type byte. */
    private static long readNumber(InputStream in) throws IOException, Truncated, BadFormat {
        long n = 0;
        int digits = 0;
        boolean negative = false;
        while (true) {
            int c = in.read();
            if (c < 0) {
                throw new Truncated();
            }
            if (c == '\r') {
                int lf = in.read();
                if (lf < 0) {
                    throw new Truncated();
                }
                if (lf != '\n' || digits == 0) {
                    throw new BadFormat();
                }
                return negative ? -n : n;
            }
            if (c == '-' && digits == 0 && !negative) {
                negative = true;
                continue;
            }
            if (c < '0' || c > '9' || digits > 18) {
                throw new BadFormat();
            }
            n = n * 10 + (c - '0');
            digits++;
        }
    }

    private static final class Truncated extends Exception {
        Truncated() {
            super(null, null, false, false);
        }
    }

    private static final class BadFormat extends Exception {
        BadFormat() {
            super(null, null, false, false);
        }
    }

    /** Counts the bytes read, so a failure can name its offset. */
    private static final class Counting extends FilterInputStream {
        long position;
        private long markPosition;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                position++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                position += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            position += s;
            return s;
        }

        @Override
        public synchronized void mark(int limit) {
            super.mark(limit);
            markPosition = position;
        }

        @Override
        public synchronized void reset() throws IOException {
            super.reset();
            position = markPosition;
        }
    }
}
