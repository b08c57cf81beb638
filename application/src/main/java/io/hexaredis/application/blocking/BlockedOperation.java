package io.hexaredis.application.blocking;

import io.hexaredis.domain.command.Reply;

/**
 * What a blocked command does once one of its keys is ready: the second half of the command,
 * run later, for the client that blocked.
 *
 * <p>Redis 7.0 keeps this code per type in blocked.c (serveClientBlockedOnList(),
 * serveClientBlockedOnSortedSet()); here each blocking command hands its own when it blocks,
 * so BLPOP, BLMOVE, BLMPOP, BZPOPMIN and BZMPOP keep their serving code next to the rest
 * of their code.
 *
 * @param <C> the context a command runs with (the application's {@code Call}), prepared by the
 *     dispatcher for the blocked client, with the time of serving
 */
@FunctionalInterface
public interface BlockedOperation<C> {

    /**
     * Completes the command now that {@code key} holds a non-empty value of the type waited for.
     * Returns the reply for the blocked client, or null to keep it waiting. May throw a
     * {@code RedisError}: the client is then unblocked with that error (a BLMOVE whose destination
     * is not a list). The operation propagates its effect in non-blocking form itself
     * ({@code propagateAs}), as Redis propagates a served BLPOP as LPOP.
     */
    Reply serve(C context, byte[] key);
}
