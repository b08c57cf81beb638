package io.hexaredis.application.commands.server;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * TIME
 *
 * <p>Redis: timeCommand() in server.c. The server's clock as two bulk strings: Unix seconds and the
 * microseconds within the second. The clock port reads milliseconds, so the microseconds are a
 * multiple of 1000.
 */
final class TimeCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("time", 1, CommandFlag.LOADING, CommandFlag.STALE,
                    CommandFlag.FAST)
            .group(CommandGroup.SERVER).summary("Return the current server time").since("2.6.0");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        long now = call.server().clock().millis();
        return Reply.array(Reply.bulk(Long.toString(now / 1000)), Reply.bulk(Long.toString(now % 1000 * 1000)));
    }
}
