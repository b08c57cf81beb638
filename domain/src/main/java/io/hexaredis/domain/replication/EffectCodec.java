package io.hexaredis.domain.replication;

import java.io.ByteArrayOutputStream;

/**
 * The bytes of an effect: a RESP array of bulk strings.
 *
 * <p>The Redis insight this class holds: a client's request, an AOF record and an entry of the
 * replication stream are the same bytes. Redis writes commands to the AOF with catAppendOnlyGenericCommand()
 * and to the backlog with feedReplicationBuffer() in exactly the format a client sends them, and
 * replication offsets count those bytes. So the format is domain knowledge, shared by persistence
 * and replication without either adapter knowing the other.
 * <pre>
 *   *3\r\n $3\r\nSET\r\n $1\r\nk\r\n $1\r\nv\r\n
 *   ^count   ^len ^bytes
 * </pre>
 */
public final class EffectCodec {

    private EffectCodec() {}

    /** Appends the RESP form of {@code argv} to {@code out}. */
    public static void encode(byte[][] argv, ByteArrayOutputStream out) {
        writeHeader(out, '*', argv.length);
        for (byte[] arg : argv) {
            writeHeader(out, '$', arg.length);
            out.write(arg, 0, arg.length);
            out.write('\r');
            out.write('\n');
        }
    }

    public static byte[] encode(byte[][] argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(encodedLength(argv));
        encode(argv, out);
        return out.toByteArray();
    }

    /** The number of bytes {@link #encode} writes for {@code argv}: what it adds to an offset. */
    public static int encodedLength(byte[][] argv) {
        int n = 1 + digits(argv.length) + 2;
        for (byte[] arg : argv) {
            n += 1 + digits(arg.length) + 2 + arg.length + 2;
        }
        return n;
    }

    private static void writeHeader(ByteArrayOutputStream out, char type, int n) {
        out.write(type);
        byte[] digits = Integer.toString(n).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.write(digits, 0, digits.length);
        out.write('\r');
        out.write('\n');
    }

    /**
     * Reads effects back from a stream of their bytes, as they arrive, in pieces of any size: the
     * replica's side of the replication stream (Redis: processMultibulkBuffer() for the master
     * client). Feed it bytes, then take every complete effect with {@link #next}, which says how
     * many bytes that effect took ({@link #lastBytes}): the replication offset counts them, and
     * a replica forwards them unchanged to its own replicas.
     *
     * <p>The stream holds arrays of bulk strings only. A lone newline, which a master may send to
     * keep a connection alive, reads as an effect with no words, whose bytes still count. Anything
     * else is a broken stream: {@link MalformedEffectException}, after which the link is dropped.
     */
    public static final class Decoder {

        private static final int MAX_WORDS = 1024 * 1024;            // Redis's limit on multibulk length
        private static final long MAX_BULK = 512L * 1024 * 1024;     // proto-max-bulk-len default

        private byte[] buf = new byte[16 * 1024];
        private int start;
        private int end;
        private byte[] lastBytes = new byte[0];

        /** Appends {@code len} bytes of stream. */
        public void feed(byte[] bytes, int off, int len) {
            if (end + len > buf.length) {
                int pending = end - start;
                byte[] target = pending + len > buf.length ? new byte[Math.max(buf.length * 2, pending + len)] : buf;
                System.arraycopy(buf, start, target, 0, pending);
                buf = target;
                end = pending;
                start = 0;
            }
            System.arraycopy(bytes, off, buf, end, len);
            end += len;
        }

        /** The next complete effect, or null until more bytes arrive. */
        public byte[][] next() {
            if (start == end) {
                return null;
            }
            int p = start;
            if (buf[p] == '\n' || buf[p] == '\r') {
                int eol = indexOfNewline(p);
                if (eol < 0) {
                    return null;
                }
                return complete(eol + 1, new byte[0][]);
            }
            if (buf[p] != '*') {
                throw new MalformedEffectException("expected '*', got '" + (char) buf[p] + "'");
            }
            int eol = indexOfNewline(p);
            if (eol < 0) {
                return null;
            }
            long count = parseNumber(p + 1, eol - 1);
            if (count < 0 || count > MAX_WORDS) {
                throw new MalformedEffectException("invalid multibulk length");
            }
            p = eol + 1;
            byte[][] argv = new byte[(int) count][];
            for (int i = 0; i < count; i++) {
                if (p >= end) {
                    return null;
                }
                if (buf[p] != '$') {
                    throw new MalformedEffectException("expected '$', got '" + (char) buf[p] + "'");
                }
                eol = indexOfNewline(p);
                if (eol < 0) {
                    return null;
                }
                long len = parseNumber(p + 1, eol - 1);
                if (len < 0 || len > MAX_BULK) {
                    throw new MalformedEffectException("invalid bulk length");
                }
                p = eol + 1;
                if ((long) end - p < len + 2) {
                    return null;
                }
                argv[i] = java.util.Arrays.copyOfRange(buf, p, p + (int) len);
                p += (int) len + 2;
            }
            return complete(p, argv);
        }

        private byte[][] complete(int next, byte[][] argv) {
            lastBytes = java.util.Arrays.copyOfRange(buf, start, next);
            start = next;
            if (start == end) {
                start = 0;
                end = 0;
                if (buf.length > 64 * 1024) {
                    buf = new byte[16 * 1024];
                }
            }
            return argv;
        }

        /** The bytes, exactly as received, of the effect last returned by {@link #next}. */
        public byte[] lastBytes() {
            return lastBytes;
        }

        /** Bytes received and not yet returned as an effect. */
        public int buffered() {
            return end - start;
        }

        private int indexOfNewline(int from) {
            for (int i = from; i < end; i++) {
                if (buf[i] == '\n') {
                    return i;
                }
            }
            return -1;
        }

        /** The decimal number in {@code buf[from, crlfEnd)} that ends with "\r" before the newline. */
        private long parseNumber(int from, int crEnd) {
            if (crEnd < from || buf[crEnd] != '\r') {
                throw new MalformedEffectException("line not ended by CRLF");
            }
            if (crEnd == from || crEnd - from > 18) {
                throw new MalformedEffectException("invalid length");
            }
            long n = 0;
            for (int i = from; i < crEnd; i++) {
                byte c = buf[i];
                if (c < '0' || c > '9') {
                    throw new MalformedEffectException("invalid length");
                }
                n = n * 10 + (c - '0');
            }
            return n;
        }
    }

    /** The bytes of a stream are not a sequence of effects. */
    public static final class MalformedEffectException extends IllegalArgumentException {
        public MalformedEffectException(String message) {
            super("Protocol error in the replication stream: " + message);
        }
    }

    private static int digits(int n) {
        int d = 1;
        while (n >= 10) {
            n /= 10;
            d++;
        }
        return d;
    }
}
