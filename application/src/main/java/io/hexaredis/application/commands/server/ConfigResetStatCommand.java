package io.hexaredis.application.commands.server;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * CONFIG RESETSTAT
 *
 * <p>Redis: configResetStatCommand() in config.c. Zeroes the counters of INFO stats (commands
 * processed, connections received, keyspace hits and misses, error replies...), INFO
 * commandstats and INFO errorstats.
 */
final class ConfigResetStatCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("config|resetstat", 2,
                    CommandFlag.ADMIN, CommandFlag.NOSCRIPT, CommandFlag.LOADING, CommandFlag.STALE)
            .group(CommandGroup.SERVER).summary("Reset the stats returned by INFO").since("2.0.0");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        call.server().stats().reset(call.server().clients());
        return Reply.OK;
    }
}
