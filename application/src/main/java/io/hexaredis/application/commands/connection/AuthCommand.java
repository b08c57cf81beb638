package io.hexaredis.application.commands.connection;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.bytes.ByteStrings;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;

/**
 * AUTH [username] password
 *
 * <p>Redis: authCommand() in acl.c. The one-argument form authenticates the default user and, as
 * before Redis 6, is an error when no password is configured: that usually means a client was
 * configured with a password for the wrong server. The two-argument form accepts any password
 * for "default" when none is configured. A failed AUTH leaves an authenticated client
 * authenticated. Allowed before authentication (NO_AUTH), of course.
 */
final class AuthCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("auth", -2, CommandFlag.NOSCRIPT, CommandFlag.LOADING,
                    CommandFlag.STALE, CommandFlag.FAST, CommandFlag.NO_AUTH, CommandFlag.ALLOW_BUSY)
            .group(CommandGroup.CONNECTION).syntax("[username] password").since("1.0.0")
            .complexity("O(N) where N is the number of passwords defined for the user")
            .summary("Authenticate to the server");

    static final RedisError NO_PASSWORD_CONFIGURED = new RedisError("ERR AUTH <password> called without any "
            + "password configured for the default user. Are you sure your configuration is correct?");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        if (call.argc() > 3) {
            throw RedisError.SYNTAX;
        }
        if (call.argc() == 2) {
            if (Authentication.noPassword(call)) {
                throw NO_PASSWORD_CONFIGURED;
            }
            Authentication.authenticate(call, ByteStrings.ascii(Authentication.DEFAULT_USER), call.arg(1));
        } else {
            Authentication.authenticate(call, call.arg(1), call.arg(2));
        }
        return Reply.OK;
    }
}
