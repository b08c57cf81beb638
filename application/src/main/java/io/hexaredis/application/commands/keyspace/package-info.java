/**
 * The generic commands: keys as a whole, whatever their type, and their expiry.
 *
 * <p>Redis: the "Type agnostic commands" of db.c (DEL, EXISTS, KEYS, SCAN, RENAME, MOVE, COPY,
 * FLUSHDB, SWAPDB...), expire.c (EXPIRE and its family, TTL and its family, PERSIST) and the OBJECT
 * command of object.c. Each command parses its arguments and calls the database API of
 * {@code domain.keyspace}, where lookups, lazy expiry, renaming and moving between databases live;
 * families share a helper named after Redis's generic function ({@code ExpireGeneric} for
 * expireGenericCommand(), {@code RenameGeneric}, {@code DelGeneric}, {@code TtlGeneric}).
 *
 * <p>Relative expiry times are propagated as absolute PEXPIREAT, and an expiry in the past as the
 * DEL it amounts to, so replicas and the AOF expire keys at the same instant as this server.
 * DBSIZE, FLUSHDB, FLUSHALL and SWAPDB belong to Redis's "server" group but work on databases, so
 * they live here.
 */
package io.hexaredis.application.commands.keyspace;
