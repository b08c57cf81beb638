package io.hexaredis.domain.command;

import java.util.Locale;

/**
 * The flags of a command, as COMMAND INFO reports them and as the dispatcher reads them.
 *
 * <p>Redis: the CMD_* flags of struct redisCommand in server.h. Lower-cased, the constant name is
 * the word COMMAND prints ({@code WRITE} is "write", {@code NO_AUTH} is "no_auth").
 */
public enum CommandFlag {
    WRITE,          // may modify the keyspace: propagated, refused on a read-only replica
    READONLY,       // reads the keyspace only
    DENYOOM,        // may grow memory: refused past maxmemory
    MODULE,
    ADMIN,          // server administration (CONFIG, DEBUG, SHUTDOWN...)
    PUBSUB,         // pub/sub related
    NOSCRIPT,       // not allowed in scripts
    BLOCKING,       // may block the client
    LOADING,        // allowed while the dataset loads
    STALE,          // allowed on a replica with a broken link and replica-serve-stale-data no
    SKIP_MONITOR,
    SKIP_SLOWLOG,
    ASKING,
    FAST,           // O(1) or O(log N), never delays the server
    NO_AUTH,        // allowed before authentication (AUTH, HELLO...)
    MAY_REPLICATE,
    NO_MANDATORY_KEYS,
    NO_ASYNC_LOADING,
    NO_MULTI,       // refused inside MULTI
    MOVABLE_KEYS,
    ALLOW_BUSY;

    private final String word = name().toLowerCase(Locale.ROOT);

    /** The word COMMAND INFO prints for this flag. */
    public String word() {
        return word;
    }
}
