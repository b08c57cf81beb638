package io.hexaredis.application.commands.server;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.application.server.ServerState;
import io.hexaredis.domain.bytes.ByteStrings;
import io.hexaredis.domain.error.RedisError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SHUTDOWN [NOSAVE | SAVE] [NOW] [FORCE] [ABORT]
 *
 * <p>Redis: shutdownCommand() and prepareForShutdown() in server.c. Stops the server: the dataset
 * is saved first when SAVE is given, or when save points are configured and NOSAVE is not; NOW
 * does not wait for lagging replicas; FORCE goes on even if saving fails. What must happen before
 * the stop (the final save) is the server state's shutdown preparation, installed by persistence;
 * if it fails without FORCE the server keeps running and the client gets an error. On success
 * the client gets no reply: its connection closes with the others. ABORT cancels a shutdown that
 * waits for replicas; this server never waits, so there is none to cancel.
 */
final class ShutdownCommand implements Command<Call> {

    private static final Logger LOG = LoggerFactory.getLogger(ShutdownCommand.class);

    private static final CommandSpec SPEC = CommandSpec.of("shutdown", -1, CommandFlag.ADMIN, CommandFlag.NOSCRIPT,
                    CommandFlag.LOADING, CommandFlag.STALE, CommandFlag.NO_MULTI, CommandFlag.ALLOW_BUSY)
            .group(CommandGroup.SERVER).syntax("[NOSAVE | SAVE] [NOW] [FORCE] [ABORT]")
            .summary("Synchronously save the dataset to disk and then shut down the server")
            .complexity("O(N) when saving, where N is the total number of keys in all databases when saving data, "
                    + "otherwise O(1)")
            .since("1.0.0");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        boolean noSave = false;
        boolean save = false;
        boolean now = false;
        boolean force = false;
        boolean abort = false;
        for (int i = 1; i < call.argc(); i++) {
            byte[] word = call.arg(i);
            if (ByteStrings.equalsIgnoreCase(word, "nosave")) {
                noSave = true;
            } else if (ByteStrings.equalsIgnoreCase(word, "save")) {
                save = true;
            } else if (ByteStrings.equalsIgnoreCase(word, "now")) {
                now = true;
            } else if (ByteStrings.equalsIgnoreCase(word, "force")) {
                force = true;
            } else if (ByteStrings.equalsIgnoreCase(word, "abort")) {
                abort = true;
            } else {
                throw RedisError.SYNTAX;
            }
        }
        if (abort && (noSave || save || now || force) || noSave && save) {
            throw RedisError.SYNTAX;
        }
        if (abort) {
            return Reply.error("ERR No shutdown in progress.");
        }
        ServerState server = call.server();
        ServerState.ShutdownRequest request = new ServerState.ShutdownRequest(save, noSave, now, force);
        LOG.warn("User requested shutdown...");
        if (!server.prepareForShutdown(request)) {
            LOG.warn("Errors trying to shut down the server. Check the logs for more information.");
            return Reply.error("ERR Errors trying to SHUTDOWN. Check logs.");
        }
        server.requestShutdown(request);
        call.session().markClosing();
        return Reply.NONE;
    }
}
