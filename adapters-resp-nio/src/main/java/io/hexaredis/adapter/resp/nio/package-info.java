/**
 * The network side of the server: one selector thread that accepts clients, reads their requests,
 * runs them through the dispatcher and writes the replies, with the cron ticking in between.
 *
 * <p>{@link io.hexaredis.adapter.resp.nio.EventLoop} is the loop itself (accept, read, run tasks
 * handed over by other threads, cron, write before sleeping); {@code Connection} is one client's
 * socket, query buffer and reply buffer, and implements the application's {@code ClientOutput} so
 * that commands can reach other clients (pub/sub messages, CLIENT KILL) without knowing sockets.
 * Pipelining falls out of the design: every complete request in what one read delivered is run,
 * and the replies go out in one write.
 *
 * <p>Redis: ae.c (the event loop), the I/O half of networking.c (acceptTcpHandler(),
 * readQueryFromClient(), writeToClient(), freeClient()), and beforeSleep() in server.c.
 */
package io.hexaredis.adapter.resp.nio;
