package io.hexaredis.adapter.resp.codec;

/**
 * The bounds a request must respect, as Redis 7.0 has them (server.h and networking.c).
 */
public final class RespLimits {

    /** PROTO_INLINE_MAX_SIZE: an inline command, or a '*'/'$' header line, longer than this is refused. */
    public static final int INLINE_MAX_SIZE = 64 * 1024;

    /** The largest multibulk count (Redis refuses counts above INT_MAX; argv arrays stay bounded). */
    public static final long MAX_MULTIBULK_LENGTH = Integer.MAX_VALUE;

    /** Bulks at least this large are read straight into their own array (PROTO_MBULK_BIG_ARG). */
    public static final int BIG_ARG = 32 * 1024;

    private volatile long maxBulkLength;

    public RespLimits(long maxBulkLength) {
        this.maxBulkLength = maxBulkLength;
    }

    /** proto-max-bulk-len: the largest bulk string a client may send (512mb by default). */
    public long maxBulkLength() {
        return maxBulkLength;
    }

    public void setMaxBulkLength(long maxBulkLength) {
        this.maxBulkLength = maxBulkLength;
    }
}
