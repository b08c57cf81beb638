package io.hexaredis.application.commands.server;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * LASTSAVE
 *
 * <p>Redis: lastsaveCommand() in server.c. The Unix time of the last successful save; until the
 * first save, the time the server started (Redis sets {@code server.lastsave} at start-up).
 */
final class LastsaveCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("lastsave", 1, CommandFlag.LOADING, CommandFlag.STALE,
                    CommandFlag.FAST)
            .group(CommandGroup.SERVER).summary("Get the UNIX time stamp of the last successful save to disk")
            .since("1.0.0");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return Reply.integer(call.server().lastSaveMillis() / 1000);
    }
}
