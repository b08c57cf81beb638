package io.hexaredis.application.commands.server;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/** CONFIG HELP. Redis: configHelpCommand() in config.c, with its text. */
final class ConfigHelpCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("config|help", 2, CommandFlag.LOADING, CommandFlag.STALE)
            .group(CommandGroup.SERVER).summary("Show helpful text about the different subcommands").since("5.0.0");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return HelpReply.of("CONFIG",
                "GET <pattern>",
                "    Return parameters matching the glob-like <pattern> and their values.",
                "SET <directive> <value>",
                "    Set the configuration <directive> to <value>.",
                "RESETSTAT",
                "    Reset statistics reported by the INFO command.",
                "REWRITE",
                "    Rewrite the configuration file.");
    }
}
