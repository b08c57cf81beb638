package io.hexaredis.application.commands.server;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CONFIG REWRITE
 *
 * <p>Redis: configRewriteCommand() in config.c. Rewrites the config file the server was started
 * with so that a restart gives the running configuration, keeping the file's comments and layout
 * (see {@link io.hexaredis.application.config.Config#rewrite}). A server started without a config
 * file has nothing to rewrite.
 */
final class ConfigRewriteCommand implements Command<Call> {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigRewriteCommand.class);

    private static final CommandSpec SPEC = CommandSpec.of("config|rewrite", 2,
                    CommandFlag.ADMIN, CommandFlag.NOSCRIPT, CommandFlag.LOADING, CommandFlag.STALE)
            .group(CommandGroup.SERVER).summary("Rewrite the configuration file with the in memory configuration")
            .since("2.8.0");

    static final String NO_CONFIG_FILE = "ERR The server is running without a config file";

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        if (call.server().config().configFile().isEmpty()) {
            return Reply.error(NO_CONFIG_FILE);
        }
        try {
            call.server().config().rewrite();
        } catch (IOException e) {
            LOG.warn("CONFIG REWRITE failed: {}", e.getMessage());
            return Reply.error("ERR Rewriting config file: " + e.getMessage());
        }
        LOG.warn("CONFIG REWRITE executed with success.");
        return Reply.OK;
    }
}
