package io.hexaredis.adapter.resp.codec;

import java.nio.ByteBuffer;
import java.util.Arrays;
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
 * A header line is consumed only when its CR and the byte after it are there; like Redis, the
 * byte after the CR is not checked, nor the CRLF after a bulk's data. A small bulk is consumed
 * only when all its bytes are there; a big one (at least {@link RespLimits#BIG_ARG}) is copied
 * into its own array as bytes arrive, so the read buffer never has to hold it whole. That array
 * grows with what arrives instead of being allocated at the announced length, so a header alone
 * cannot make the server reserve hundreds of megabytes.
 *
 * <p>The limits and their errors, in the order Redis checks them:
 * <pre>
 *   header line over 64 KB without CR       too big mbulk count string / too big bulk count string
 *   inline line over 64 KB without LF       too big inline request
 *   argc not a number, or over INT_MAX      invalid multibulk length
 *   argc over 10 before AUTH                unauthenticated multibulk length
 *   bulk header not starting with '$'       expected '$', got 'x'
 *   length not a number, negative, or
 *     over proto-max-bulk-len               invalid bulk length
 *   length over 16384 before AUTH           unauthenticated bulk length
 *   inline quote not closed, or closed
 *     and followed by a non-space           unbalanced quotes in request
 * </pre>
 * Malformed input raises {@link ProtocolException} with Redis's text; the connection then answers
 * it and closes. Nothing else is ever thrown, whatever the bytes (the fuzz test checks this).
 */
public final class RespDecoder {

    private enum State { START, ARRAY_HEADER, BULK_HEADER, BULK_DATA, INLINE }

    private static final int FIRST_BIG_CHUNK = 1024 * 1024; // initial size of a big bulk's array

    private final RespLimits limits;
    private boolean authRequired;
    private State state = State.START;
    private byte[][] argv;
    private int argIndex;
    private int argsExpected;
    private int bulkLength;
    private byte[] bigBulk;
    private int bigBulkFilled;

    public RespDecoder(RespLimits limits) {
        this.limits = limits;
    }

    /**
     * Whether the client still has to authenticate: then requests are held to the small limits of
     * {@link RespLimits#UNAUTHENTICATED_MULTIBULK_LENGTH} and {@link RespLimits#UNAUTHENTICATED_BULK_LENGTH},
     * so that someone without the password cannot make the server buffer much.
     */
    public void setAuthRequired(boolean authRequired) {
        this.authRequired = authRequired;
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
                        if (count > RespLimits.UNAUTHENTICATED_MULTIBULK_LENGTH && authRequired) {
                            throw new ProtocolException("unauthenticated multibulk length");
                        }
                        pos = cr + 2;
                        if (count <= 0) {
                            state = State.START;
                            return new byte[0][];
                        }
                        // Grown as arguments arrive: one header line must not reserve gigabytes.
                        argv = new byte[(int) Math.min(count, 1024)][];
                        argsExpected = (int) count;
                        argIndex = 0;
                        state = State.BULK_HEADER;
                        break;
                    }
                    case BULK_HEADER: {
                        int cr = indexOf(buf, pos, end, (byte) '\r');
                        if (cr < 0 || cr + 1 >= end) {
                            if (end - pos > RespLimits.INLINE_MAX_SIZE) {
                                throw new ProtocolException("too big bulk count string");
                            }
                            return null;
                        }
                        if (buf[pos] != '$') {
                            throw new ProtocolException("expected '$', got '" + (char) (buf[pos] & 0xff) + "'");
                        }
                        long length = parseLength(buf, pos + 1, cr);
                        if (length == Long.MIN_VALUE || length < 0 || length > limits.maxBulkLength()
                                || length > RespLimits.MAX_ARRAY_LENGTH) {
                            throw new ProtocolException("invalid bulk length");
                        }
                        if (length > RespLimits.UNAUTHENTICATED_BULK_LENGTH && authRequired) {
                            throw new ProtocolException("unauthenticated bulk length");
                        }
                        pos = cr + 2;
                        bulkLength = (int) length;
                        if (bulkLength >= RespLimits.BIG_ARG) {
                            bigBulk = new byte[Math.min(bulkLength, FIRST_BIG_CHUNK)];
                            bigBulkFilled = 0;
                        }
                        state = State.BULK_DATA;
                        break;
                    }
                    case BULK_DATA: {
                        byte[] arg;
                        if (bigBulk != null) {
                            int n = Math.min(end - pos, bulkLength - bigBulkFilled);
                            if (bigBulkFilled + n > bigBulk.length) {
                                long grown = Math.max((long) bigBulkFilled + n, (long) bigBulk.length * 2);
                                bigBulk = Arrays.copyOf(bigBulk, (int) Math.min(grown, bulkLength));
                            }
                            System.arraycopy(buf, pos, bigBulk, bigBulkFilled, n);
                            bigBulkFilled += n;
                            pos += n;
                            if (bigBulkFilled < bulkLength || end - pos < 2) {
                                return null;
                            }
                            arg = bigBulk;
                            bigBulk = null;
                            bigBulkFilled = 0;
                            pos += 2;
                        } else {
                            if (end - pos < bulkLength + 2) {
                                return null;
                            }
                            arg = Arrays.copyOfRange(buf, pos, pos + bulkLength);
                            pos += bulkLength + 2;
                        }
                        if (argIndex == argv.length) {
                            argv = Arrays.copyOf(argv, (int) Math.min((long) argv.length * 2, argsExpected));
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

    /** True while a request is partly read (the connection must keep the bytes it has). */
    public boolean inRequest() {
        return state != State.START;
    }

    /** Bytes still expected of a big bulk being copied (lets the connection size its reads). */
    public int bigBulkRemaining() {
        return bigBulk == null ? 0 : bulkLength - bigBulkFilled + 2;
    }

    /**
     * Bytes of a big bulk received so far and held outside the read buffer: with the unread bytes
     * of the read buffer, what Redis counts as the query buffer for client-query-buffer-limit.
     */
    public int bigBulkReceived() {
        return bigBulk == null ? 0 : bigBulkFilled;
    }

    private static int indexOf(byte[] buf, int from, int to, byte b) {
        for (int i = from; i < to; i++) {
            if (buf[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The decimal between {@code from} and {@code to} as string2ll() reads it, or Long.MIN_VALUE
     * when it is not one: optional '-', then "0" alone or a digit 1-9 followed by digits, at most
     * 20 characters, no '+', no spaces, no "-0". (-2^63 itself comes back as -2^63+1: to a header
     * every negative number means the same.)
     */
    private static long parseLength(byte[] buf, int from, int to) {
        int n = to - from;
        if (n <= 0 || n > 20) {
            return Long.MIN_VALUE;
        }
        if (n == 1 && buf[from] == '0') {
            return 0;
        }
        boolean negative = buf[from] == '-';
        int i = negative ? from + 1 : from;
        if (i == to || buf[i] < '1' || buf[i] > '9') {
            return Long.MIN_VALUE;
        }
        long v = 0;
        for (; i < to; i++) {
            int d = buf[i] - '0';
            if (d < 0 || d > 9) {
                return Long.MIN_VALUE;
            }
            if (v > (Long.MAX_VALUE - d) / 10) {
                boolean minimum = negative && i == to - 1 && v == Long.MAX_VALUE / 10 && d == 8;
                return minimum ? -Long.MAX_VALUE : Long.MIN_VALUE;
            }
            v = v * 10 + d;
        }
        return negative ? -v : v;
    }
}
