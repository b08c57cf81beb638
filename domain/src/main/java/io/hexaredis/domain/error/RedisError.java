package io.hexaredis.domain.error;

/**
 * An error a command answers with: the exact error line Redis 7.0 sends, without the leading minus.
 *
 * <p>Thrown from anywhere below a command (the domain raises WRONGTYPE when a typed lookup finds a
 * value of another type, the argument parsers raise "not an integer"), and turned into an error
 * reply by the dispatcher, once. This plays the role of Redis's pattern
 * {@code if (checkType(c,o,OBJ_LIST)) return;}: the error is sent and the command stops.
 *
 * <p>Clients match on these texts (Jedis and Lettuce parse the first word, test suites the whole
 * line), so each shared one is a constant here, matching Redis 7.0's shared objects in server.c.
 * The exceptions carry no stack trace: they are control flow, thrown on hot paths.
 */
public final class RedisError extends RuntimeException {

    public static final RedisError WRONGTYPE =
            new RedisError("WRONGTYPE Operation against a key holding the wrong kind of value");
    public static final RedisError SYNTAX = new RedisError("ERR syntax error");
    public static final RedisError NOT_AN_INTEGER = new RedisError("ERR value is not an integer or out of range");
    public static final RedisError NOT_A_FLOAT = new RedisError("ERR value is not a valid float");
    public static final RedisError OVERFLOW = new RedisError("ERR increment or decrement would overflow");
    public static final RedisError NO_SUCH_KEY = new RedisError("ERR no such key");
    public static final RedisError INDEX_OUT_OF_RANGE = new RedisError("ERR index out of range");
    public static final RedisError DB_INDEX_OUT_OF_RANGE = new RedisError("ERR DB index is out of range");
    public static final RedisError NOT_A_POSITIVE_TIMEOUT =
            new RedisError("ERR timeout is not a float or out of range");
    public static final RedisError NOAUTH = new RedisError("NOAUTH Authentication required.");
    public static final RedisError STRING_TOO_LONG =
            new RedisError("ERR string exceeds maximum allowed size (proto-max-bulk-len)");

    private final String line;

    public RedisError(String line) {
        super(line, null, false, false);
        this.line = line;
    }

    /** A new error line, formatted like Redis's addReplyErrorFormat. */
    public static RedisError of(String format, Object... args) {
        return new RedisError(String.format(format, args));
    }

    /** The error line as sent, without the leading '-'; begins with the error code (ERR, WRONGTYPE...). */
    public String line() {
        return line;
    }
}
