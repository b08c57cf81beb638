/**
 * RESP, the Redis serialization protocol, in both directions, and nothing else: no sockets here.
 *
 * <p>{@link io.hexaredis.adapter.resp.codec.RespDecoder} turns request bytes into argv, resumable
 * between any two bytes, with Redis's limits and protocol errors; the inline form people type is
 * split by {@code InlineSplitter}. {@link io.hexaredis.adapter.resp.codec.RespEncoder} writes a
 * command's {@code Reply} value as RESP2 or RESP3, the only place that knows the difference, into
 * the client's {@link io.hexaredis.adapter.resp.codec.OutputBuffer}. The limits a client must keep
 * to (proto-max-bulk-len, client-query-buffer-limit, the 64 KB header lines, the small requests of
 * unauthenticated clients) are in {@link io.hexaredis.adapter.resp.codec.RespLimits}.
 *
 * <p>Redis: processInputBuffer(), processMultibulkBuffer(), processInlineBuffer() and the addReply*
 * family of networking.c; sdssplitargs() of sds.c for inline commands.
 */
package io.hexaredis.adapter.resp.codec;
