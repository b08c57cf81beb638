package io.hexaredis.adapter.resp.codec;

/**
 * The bounds a request must respect, as Redis 7.0 has them (server.h and networking.c). The two
 * configurable ones follow CONFIG SET: they are read for every request.
 */
public final class RespLimits {

    /** PROTO_INLINE_MAX_SIZE: an inline command, or a '*'/'$' header line, longer than this is refused. */
    public static final int INLINE_MAX_SIZE = 64 * 1024;

    /** The largest multibulk count (Redis refuses counts above INT_MAX; argv arrays stay bounded). */
    public static final long MAX_MULTIBULK_LENGTH = Integer.MAX_VALUE;

    /** The largest bulk a Java array can hold, whatever proto-max-bulk-len says. */
    public static final long MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 16;

    /** Bulks at least this large are read straight into their own array (PROTO_MBULK_BIG_ARG). */
    public static final int BIG_ARG = 32 * 1024;

    /** The most arguments a client may send before it authenticates (Redis 7.0, processMultibulkBuffer()). */
    public static final int UNAUTHENTICATED_MULTIBULK_LENGTH = 10;

    /** The longest argument a client may send before it authenticates. */
    public static final int UNAUTHENTICATED_BULK_LENGTH = 16384;

    /** client-query-buffer-limit's default: 1 GB. */
    public static final long DEFAULT_QUERY_BUFFER_LIMIT = 1024L * 1024 * 1024;

    private volatile long maxBulkLength;
    private volatile long queryBufferLimit = DEFAULT_QUERY_BUFFER_LIMIT;

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

    /**
     * client-query-buffer-limit: a client whose unprocessed input (the unparsed bytes plus a big
     * argument being received) grows past this is closed, without a reply (Redis:
     * readQueryFromClient() in networking.c).
     */
    public long queryBufferLimit() {
        return queryBufferLimit;
    }

    public void setQueryBufferLimit(long queryBufferLimit) {
        this.queryBufferLimit = queryBufferLimit;
    }
}
