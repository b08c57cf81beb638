package io.hexaredis.domain.command;

import io.hexaredis.domain.keyspace.Database;

/**
 * What a command sees while it runs: its arguments, the client's selected database, the time, and
 * the two things a command may say about its effects.
 *
 * <p>Redis passes the client struct ({@code client *c}) to every command; this is the part of it a
 * data command needs. Arguments are bytes, always: {@code arg(0)} is the command name as typed.
 */
public interface CommandContext {

    /** Number of words in the request, the command name included (Redis's {@code c->argc}). */
    int argc();

    /** Word {@code i} of the request (Redis's {@code c->argv[i]}); 0 is the command name. */
    byte[] arg(int i);

    /** The database the client has selected. */
    Database db();

    /**
     * The time of this command, in Unix milliseconds, read once before it runs.
     *
     * <p>Redis: commandTimeSnapshot(). Reading the clock once makes a command see one instant: a
     * key cannot be alive for EXISTS and expired for GET in the same MULTI or script step, and a
     * TTL computed from "now" agrees with the expiry checks of the same command.
     */
    long now();

    /**
     * Propagates {@code argv} instead of the request, to replicas and the AOF (Redis's
     * alsoPropagate() with {@code preventCommandPropagation}); may be called several times for
     * several effects. Used where the request would not replay identically (relative TTLs,
     * INCRBYFLOAT, SPOP...).
     */
    void propagateAs(byte[]... argv);

    /**
     * Publishes a keyspace notification for {@code key} in the selected database, if
     * notify-keyspace-events enables {@code type}. Redis: notifyKeyspaceEvent() in notify.c.
     */
    void notifyKeyspaceEvent(NotifyType type, String event, byte[] key);
}
