/**
 * The server struct and the client structs.
 *
 * <p>Redis keeps its global state in {@code struct redisServer} and each connection's state in a
 * {@code client} (server.h). Here {@link io.hexaredis.application.server.ServerState} holds the
 * server-wide parts commands read (run id, configuration, statistics, connected
 * {@link io.hexaredis.application.server.Clients}), and
 * {@link io.hexaredis.application.server.ClientSession} the per-client parts that are not I/O
 * buffers (those are the transport's). {@link io.hexaredis.application.server.ClientOutput} is the
 * way back to a client for replies that are not the answer to its current command.
 */
package io.hexaredis.application.server;
