/**
 * Errors with Redis's exact text.
 *
 * <p>Redis answers errors with lines like {@code -WRONGTYPE Operation against a key holding the
 * wrong kind of value}; clients and test suites match on them. The shared ones are created once in
 * createSharedObjects() (server.c); here they are constants of
 * {@link io.hexaredis.domain.error.RedisError}. This package depends on nothing, so that the
 * keyspace, the value types and the commands can all raise them without a package cycle.
 */
package io.hexaredis.domain.error;
