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

    private static int digits(int n) {
        int d = 1;
        while (n >= 10) {
            n /= 10;
            d++;
        }
        return d;
    }
}
