package io.hexaredis.domain.command;

/**
 * The contract of one Redis command: what it is ({@link #spec()}) and what it does
 * ({@link #execute}).
 *
 * <p>Redis: struct redisCommand and its {@code proc} function pointer. A command receives the
 * parsed request through its context, works on the keyspace, and answers a {@link Reply}. It never
 * sees sockets or protocol bytes, never checks its own arity (the dispatcher does, from the spec)
 * and never propagates itself: the dispatcher sees that the keyspace changed and propagates the
 * request, unless the command asked for a deterministic form through its context.
 *
 * @param <C> the context the command needs; the application gives its commands a context that also
 *     carries the client session and the server's state.
 */
public interface Command<C extends CommandContext> {

    CommandSpec spec();

    Reply execute(C ctx);
}
