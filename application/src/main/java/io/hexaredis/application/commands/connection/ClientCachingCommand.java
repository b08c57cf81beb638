package io.hexaredis.application.commands.connection;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;

/**
 * CLIENT CACHING &lt;YES | NO&gt;
 *
 * <p>Redis: clientCommand() in networking.c. Only meaningful in client-side caching's OPTIN and
 * OPTOUT modes; tracking is never on in this server, so the answer is always Redis's error for a
 * connection that is not tracking, whatever the argument.
 */
final class ClientCachingCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("client|caching", 3, CommandFlag.NOSCRIPT,
                    CommandFlag.LOADING, CommandFlag.STALE)
            .group(CommandGroup.CONNECTION).syntax("<YES | NO>").since("6.0.0")
            .summary("Instruct the server about tracking or not keys in the next request");

    static final RedisError NOT_TRACKING = new RedisError("ERR CLIENT CACHING can be called only when the client "
            + "is in tracking mode with OPTIN or OPTOUT mode enabled");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        throw NOT_TRACKING;
    }
}
