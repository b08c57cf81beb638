package io.hexaredis.application.commands.persistence;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.error.RedisError;
import java.io.IOException;

/**
 * BGREWRITEAOF
 *
 * <p>Redis: bgrewriteaofCommand() in aof.c. Rewrites the append-only file in the background: a new
 * incremental file takes the writes from now on, a new base is written from a point-in-time image,
 * and the manifest is switched to them at the end. Works with appendonly no too (it then only
 * produces a new base). Scheduled when a BGSAVE is running.
 */
final class BgrewriteaofCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("bgrewriteaof", 1, CommandFlag.ADMIN, CommandFlag.NOSCRIPT,
                    CommandFlag.NO_ASYNC_LOADING)
            .group(CommandGroup.SERVER).since("1.0.0").complexity("O(1)")
            .summary("Asynchronously rewrites the append-only file to disk.");

    static final RedisError ALREADY = new RedisError("ERR Background append only file rewriting already in progress");
    static final RedisError CANNOT = new RedisError("ERR Can't execute an AOF background rewriting. Please check the"
            + " server logs for more information.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        var persistence = call.server().persistence();
        if (persistence.rewriteInProgress()) {
            throw ALREADY;
        }
        if (persistence.hasActiveChild()) {
            persistence.scheduleRewrite();
            return Reply.status("Background append only file rewriting scheduled");
        }
        try {
            persistence.startRewrite();
        } catch (IOException e) {
            throw CANNOT;
        }
        return Reply.status("Background append only file rewriting started");
    }
}
