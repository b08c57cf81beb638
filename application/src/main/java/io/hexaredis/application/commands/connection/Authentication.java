package io.hexaredis.application.commands.connection;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.bytes.ByteStrings;
import io.hexaredis.domain.error.RedisError;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * Checking a username and password, the part AUTH and HELLO AUTH share.
 *
 * <p>Redis: ACLAuthenticateUser() and ACLCheckUserCredentials() in acl.c, restricted to the one
 * user this server has, "default", whose password is {@code requirepass}. An empty requirepass is
 * Redis's "nopass" default user: every password is accepted for it. The comparison takes the same
 * time wherever the first difference is, as Redis's time_independent_strcmp() does, so the password
 * cannot be guessed byte by byte from response times. Read at every attempt, so CONFIG SET
 * requirepass takes effect for the next AUTH.
 */
final class Authentication {

    static final String DEFAULT_USER = "default";
    private static final byte[] DEFAULT_USER_BYTES = ByteStrings.ascii(DEFAULT_USER);

    /** WRONGPASS, the same line whether the user or the password was wrong (Redis 7.0). */
    static final RedisError WRONGPASS =
            new RedisError("WRONGPASS invalid username-password pair or user is disabled.");

    private Authentication() {}

    /** Authenticates the client of {@code call} as {@code user}, or throws WRONGPASS. */
    static void authenticate(Call call, byte[] user, byte[] password) {
        if (!isDefaultUser(user) || !passwordMatches(call, password)) {
            throw WRONGPASS;
        }
        call.session().setAuthenticated(true);
    }

    /** True when the default user needs no password (Redis's USER_FLAG_NOPASS): requirepass is empty. */
    static boolean noPassword(Call call) {
        return call.server().config().get("requirepass").isEmpty();
    }

    /** User names are case-sensitive: "Default" is another user, and does not exist. */
    static boolean isDefaultUser(byte[] user) {
        return Arrays.equals(user, DEFAULT_USER_BYTES);
    }

    private static boolean passwordMatches(Call call, byte[] password) {
        return noPassword(call) || MessageDigest.isEqual(password, call.server().config().getBytes("requirepass"));
    }
}
