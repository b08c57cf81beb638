package io.hexaredis.application.commands.string;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.bytes.ByteStrings;
import io.hexaredis.domain.bytes.Numbers;
import io.hexaredis.domain.error.RedisError;

/**
 * The options SET and GETEX share: NX, XX, GET, KEEPTTL and PERSIST, and one of the four ways of
 * giving an expiry (EX seconds, PX milliseconds, EXAT unix-seconds, PXAT unix-milliseconds).
 *
 * <p>Each option is accepted only where it makes sense and only if no option it excludes came
 * before it; anything else is "ERR syntax error", even an option that would be valid for the other
 * command (GETEX GET, SET PERSIST). Repeating an option is allowed and the last expiry wins.
 *
 * <p>The expiry is validated separately, at the point where each command does it: it must be a
 * positive integer, a relative one is added to the command's time, and a result that overflows
 * or is not positive is "ERR invalid expire time in '&lt;command&gt;' command".
 *
 * <p>Redis: parseExtendedStringArgumentsOrReply() and getExpireMillisecondsOrReply() in
 * t_string.c.
 */
final class ExtendedArguments {

    /** How an expiry was given; SETEX and PSETEX imply EX and PX. */
    enum Expiry {
        EX(true, false), PX(false, false), EXAT(true, true), PXAT(false, true);

        final boolean seconds;
        final boolean absolute;

        Expiry(boolean seconds, boolean absolute) {
            this.seconds = seconds;
            this.absolute = absolute;
        }
    }

    /** No option at all: a plain SET. Shared, so never modified. */
    static final ExtendedArguments NONE = new ExtendedArguments();

    /** Only NX: SETNX. Shared, so never modified. */
    static final ExtendedArguments ONLY_NX = new ExtendedArguments();

    static {
        ONLY_NX.nx = true;
    }

    boolean nx;
    boolean xx;
    boolean get;
    boolean keepTtl;
    boolean persist;
    Expiry expiry;
    byte[] expireArg;

    /** Options of SET, from argument {@code from} on. */
    static ExtendedArguments forSet(Call call, int from) {
        return parse(call, from, true);
    }

    /** Options of GETEX, from argument {@code from} on. */
    static ExtendedArguments forGetex(Call call, int from) {
        return parse(call, from, false);
    }

    /** An expiry given by the command's syntax rather than an option (SETEX, PSETEX). */
    static ExtendedArguments expiring(Expiry expiry, byte[] arg) {
        ExtendedArguments args = new ExtendedArguments();
        args.expiry = expiry;
        args.expireArg = arg;
        return args;
    }

    boolean hasExpiry() {
        return expiry != null;
    }

    /**
     * The expiry as an absolute Unix time in milliseconds; errors if it is not an integer, not
     * positive, or overflows. {@code command} names the command in the error text.
     */
    long expireAtMillis(long now, String command) {
        long ms = Numbers.parseLong(expireArg);
        if (ms <= 0 || (expiry.seconds && ms > Long.MAX_VALUE / 1000)) {
            throw invalidExpireTime(command);
        }
        if (expiry.seconds) {
            ms *= 1000;
        }
        if (!expiry.absolute) {
            ms += now; // may wrap past Long.MAX_VALUE, as in Redis: caught just below
        }
        if (ms <= 0) {
            throw invalidExpireTime(command);
        }
        return ms;
    }

    static RedisError invalidExpireTime(String command) {
        return new RedisError("ERR invalid expire time in '" + command + "' command");
    }

    private static ExtendedArguments parse(Call call, int from, boolean set) {
        if (from >= call.argc()) {
            return NONE;
        }
        ExtendedArguments a = new ExtendedArguments();
        for (int j = from; j < call.argc(); j++) {
            byte[] opt = call.arg(j);
            boolean hasNext = j < call.argc() - 1;
            if (set && !a.xx && ByteStrings.equalsIgnoreCase(opt, "NX")) {
                a.nx = true;
            } else if (set && !a.nx && ByteStrings.equalsIgnoreCase(opt, "XX")) {
                a.xx = true;
            } else if (set && ByteStrings.equalsIgnoreCase(opt, "GET")) {
                a.get = true;
            } else if (set && a.expiry == null && ByteStrings.equalsIgnoreCase(opt, "KEEPTTL")) {
                a.keepTtl = true;
            } else if (!set && a.expiry == null && ByteStrings.equalsIgnoreCase(opt, "PERSIST")) {
                a.persist = true;
            } else if (hasNext && a.acceptsExpiry(Expiry.EX) && ByteStrings.equalsIgnoreCase(opt, "EX")) {
                a.setExpiry(Expiry.EX, call.arg(++j));
            } else if (hasNext && a.acceptsExpiry(Expiry.PX) && ByteStrings.equalsIgnoreCase(opt, "PX")) {
                a.setExpiry(Expiry.PX, call.arg(++j));
            } else if (hasNext && a.acceptsExpiry(Expiry.EXAT) && ByteStrings.equalsIgnoreCase(opt, "EXAT")) {
                a.setExpiry(Expiry.EXAT, call.arg(++j));
            } else if (hasNext && a.acceptsExpiry(Expiry.PXAT) && ByteStrings.equalsIgnoreCase(opt, "PXAT")) {
                a.setExpiry(Expiry.PXAT, call.arg(++j));
            } else {
                throw RedisError.SYNTAX;
            }
        }
        return a;
    }

    /** An expiry option is refused after KEEPTTL, PERSIST, or a different expiry option. */
    private boolean acceptsExpiry(Expiry kind) {
        return !keepTtl && !persist && (expiry == null || expiry == kind);
    }

    private void setExpiry(Expiry kind, byte[] arg) {
        expiry = kind;
        expireArg = arg;
    }
}
