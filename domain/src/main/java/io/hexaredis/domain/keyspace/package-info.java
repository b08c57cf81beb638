/**
 * The keyspace: numbered databases of keys, their values and their expiry times.
 *
 * <p>Redis: db.c (the database API every command goes through: lookupKey, dbAdd, setKey, dbDelete,
 * the rename and move of renameGenericCommand() and moveCommand()), expire.c (setExpire,
 * expireIfNeeded) and dict.c (the hash table and its SCAN cursor).
 * <ul>
 *   <li>{@code Keyspace} is the port, {@code Databases} its implementation: the array of databases
 *       and the counters they share (the change counter, the LRU clock);
 *   <li>{@code Database} is one database and its API, with lazy expiry on every lookup;
 *   <li>{@code KeyTable} is the hash table, with the reverse-binary cursor of SCAN;
 *   <li>{@code RedisValue} and {@code ValueType}: what a value is (strings are plain bytes).
 * </ul>
 * What happens to keys (modified, expired, flushed) is reported to a {@code KeyspaceListener}; the
 * application turns it into WATCH invalidation, DEL propagation and notifications. The active
 * expiry cycle, which needs the server's time budget, is in {@code application.cron}.
 */
package io.hexaredis.domain.keyspace;
