/**
 * The server's periodic work: what serverCron() in server.c does {@code hz} times per second.
 *
 * <p>{@code ServerCron} is the tick the event loop calls; it refreshes the keyspace's LRU clock and
 * runs the registered duties. {@code ActiveExpireCycle} is the first of them: lazy expiry deletes
 * an expired key only when someone looks it up, so this cycle samples keys with a TTL and deletes
 * the dead ones nobody reads (Redis: activeExpireCycle() in expire.c). Other duties (client
 * timeouts, save points, AOF fsync, the replication cron) register themselves as the server grows.
 */
package io.hexaredis.application.cron;
