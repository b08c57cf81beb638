package io.hexaredis.adapter.resp.codec;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * Turns the bytes a client sends into requests ({@code byte[][]} argv), incrementally: fed
 * whatever the socket delivered, it returns each complete request and keeps its place inside an
 * incomplete one until more bytes arrive.
 *
 * <p>Redis: processInputBuffer(), processMultibulkBuffer() and processInlineBuffer() in
 * networking.c. Two request forms exist:
 * <pre>
 *   multibulk (what clients send):   *&lt;argc&gt;\r\n  then argc times  $&lt;len&gt;\r\n &lt;len bytes&gt;\r\n
 *   inline (what a person types):    PING\r\n   or   SET "a key" 'x y'\n
 * </pre>
 * The first byte decides: '*' starts a multibulk request, anything else an inline one. State
 * machine of a multibulk request, resumable between any two bytes:
 * <pre>
 *   START --'*'--&gt; ARRAY_HEADER --argc&gt;0--&gt; BULK_HEADER --len--&gt; BULK_DATA --+--&gt; (argv complete)
 *     |                                         ^                             |
 *     +--other--&gt; INLINE                        +------- more arguments ------+
 * </pre>
 * A header line is consumed only when complete. A small bulk is consumed only when all its bytes
 * are there; a big one (at least {@link RespLimits#BIG_ARG}) is copied into its own array as bytes
 * arrive, so the read buffer never has to hold it whole.
 *
 * <p>Malformed input raises {@link ProtocolException} with Redis's text; the connection then
 * answers it and closes.
 */
public final class RespDecoder {

    private enum State { START, ARRAY_HEADER, BULK_HEADER, BULK_DATA, INLINE }

    private final RespLimits limits;
    private State state = State.START;
    private byte[][] argv;
    private int argIndex;
    private int bulkLength;
    private byte[] bigBulk;
    private int bigBulkFilled;

    public RespDecoder(RespLimits limits) {
        this.limits = limits;
    }

    /**
     * Decodes the next request from {@code in} (in read mode), advancing its position over what it
     * consumed. Returns null when the buffer holds no complete request yet; an empty array for a
     * request with no words (an empty line, {@code *0}), which is to be ignored.
     */
    public byte[][] decode(ByteBuffer in) throws ProtocolException {
        byte[] buf = in.array();
        int base = in.arrayOffset();
        int pos = base + in.position();
        int end = base + in.limit();
        try {
            while (true) {
                switch (state) {
                    case START: {
                        if (pos >= end) {
                            return null;
                        }
                        state = buf[pos] == '*' ? State.ARRAY_HEADER : State.INLINE;
                        break;
                    }
                    case INLINE: {
                        int nl = indexOf(buf, pos, end, (byte) '\n');
                        if (nl < 0) {
                            if (end - pos > RespLimits.INLINE_MAX_SIZE) {
                                throw new ProtocolException("too big inline request");
                            }
                            return null;
                        }
                        int lineEnd = nl > pos && buf[nl - 1] == '\r' ? nl - 1 : nl;
                        List<byte[]> words = InlineSplitter.split(buf, pos, lineEnd);
                        pos = nl + 1;
                        state = State.START;
                        if (words == null) {
                            throw new ProtocolException("unbalanced quotes in request");
                        }
                        return words.toArray(new byte[0][]);
                    }
                    case ARRAY_HEADER: {
                        int cr = indexOf(buf, pos, end, (byte) '\r');
                        if (cr < 0 || cr + 1 >= end) {
                            if (end - pos > RespLimits.INLINE_MAX_SIZE) {
                                throw new ProtocolException("too big mbulk count string");
                            }
                            return null;
                        }
                        long count = parseLength(buf, pos + 1, cr);
                        if (count == Long.MIN_VALUE || count > RespLimits.MAX_MULTIBULK_LENGTH) {
                            throw new ProtocolException("invalid multibulk length");
                        }
                        pos = cr + 2;
                        if (count <= 0) {
                            state = State.START;
                            return new byte[0][];
                        }
                        // Allocate lazily for huge counts: a client cannot make us reserve gigabytes with one line.
                        argv = new byte[(int) Math.min(count, 1024)][];
                        argsExpected = (int) count;
                        argIndex = 0;
                        state = State.BULK_HEADER;
                        break;
                    }
                    case BULK_HEADER: {
                        if (pos >= end) {
                            return null;
                        }
                        if (buf[pos] != '$') {
                            throw new ProtocolException("expected '$', got '" + (char) (buf[pos] & 0xff) + "'");
                        }
                        int cr = indexOf(buf, pos, end, (byte) '\r');
                        if (cr < 0 || cr + 1 >= end) {
                            if (end - pos > RespLimits.INLINE_MAX_SIZE) {
                                throw new ProtocolException("too big bulk count string");
                            }
                            return null;
                        }
                        long length = parseLength(buf, pos + 1, cr);
                        if (length == Long.MIN_VALUE || length < 0 || length > limits.maxBulkLength()
                                || length > Integer.MAX_VALUE - 16) {
                            throw new ProtocolException("invalid bulk length");
                        }
                        pos = cr + 2;
                        bulkLength = (int) length;
                        if (bulkLength >= RespLimits.BIG_ARG) {
                            bigBulk = new byte[bulkLength];
                            bigBulkFilled = 0;
                        }
                        state = State.BULK_DATA;
                        break;
                    }
                    case BULK_DATA: {
                        byte[] arg;
                        if (bigBulk != null) {
                            int n = Math.min(end - pos, bulkLength - bigBulkFilled);
                            System.arraycopy(buf, pos, bigBulk, bigBulkFilled, n);
                            bigBulkFilled += n;
                            pos += n;
                            if (bigBulkFilled < bulkLength || end - pos < 2) {
                                return null;
                            }
                            arg = bigBulk;
                            bigBulk = null;
                            pos += 2;
                        } else {
                            if (end - pos < bulkLength + 2) {
                                return null;
                            }
                            arg = new byte[bulkLength];
                            System.arraycopy(buf, pos, arg, 0, bulkLength);
                            pos += bulkLength + 2; // Redis skips the trailing CRLF without checking it
                        }
                        if (argIndex == argv.length) {
                            argv = java.util.Arrays.copyOf(argv, (int) Math.min((long) argv.length * 2, argsExpected));
                        }
                        argv[argIndex++] = arg;
                        if (argIndex == argsExpected) {
                            byte[][] done = argv;
                            argv = null;
                            state = State.START;
                            return done;
                        }
                        state = State.BULK_HEADER;
                        break;
                    }
                    default:
                        throw new IllegalStateException(state.name());
                }
            }
        } finally {
            in.position(pos - base);
        }
    }

    private int argsExpected;

    /** True while a request is partly read (the connection must keep the bytes it has). */
    public boolean inRequest() {
        return state != State.START;
    }

    /** Bytes still expected of a big bulk being copied (lets the connection size its reads). */
    public int bigBulkRemaining() {
        return bigBulk == null ? 0 : bulkLength - bigBulkFilled + 2;
    }

    private static int indexOf(byte[] buf, int from, int to, byte b) {
        for (int i = from; i < to; i++) {
            if (buf[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** The decimal between {@code from} and {@code to} as string2ll() reads it, or Long.MIN_VALUE. */
    private static long parseLength(byte[] buf, int from, int to) {
        int n = to - from;
        if (n <= 0 || n > 20) {
            return Long.MIN_VALUE;
        }
        boolean negative = buf[from] == '-';
        int i = negative ? from + 1 : from;
        if (i == to) {
            return Long.MIN_VALUE;
        }
        long v = 0;
        for (; i < to; i++) {
            int d = buf[i] - '0';
            if (d < 0 || d > 9 || v > (Long.MAX_VALUE - d) / 10) {
                return Long.MIN_VALUE;
            }
            v = v * 10 + d;
        }
        return negative ? -v : v;
    }
}
