/**
 * Blocking operations: clients parked until a key holds what they wait for, or until a timeout.
 *
 * <p>Redis: blocked.c and timeout.c. A blocking command that finds nothing to pop does not stall
 * the server's one thread: it registers its client in {@link
 * io.hexaredis.application.blocking.BlockedClients} with the keys, the value type and the time
 * limit, and answers nothing for now. After every command the dispatcher serves the clients
 * whose keys became ready, first blocked first served; the event loop releases the clients whose
 * time is up, and wakes up in time for the nearest one. The reply goes out through the client's
 * {@code ClientOutput}, and the connection then processes what the client sent meanwhile.
 *
 * <p>What a served client gets is decided by the command that blocked: it leaves a {@link
 * io.hexaredis.application.blocking.BlockedOperation} behind. Lists use this package today;
 * sorted sets (BZPOPMIN, BZMPOP) plug in the same way with their own type and operation.
 */
package io.hexaredis.application.blocking;
