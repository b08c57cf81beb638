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
 * CLIENT UNBLOCK client-id [TIMEOUT | ERROR]
 *
 * <p>Releases a client blocked by BLPOP, BLMOVE, BLMPOP... from another connection: with TIMEOUT
 * (the default) it gets the reply of a timeout, with ERROR the error "-UNBLOCKED client unblocked
 * via CLIENT UNBLOCK". Replies 1 if the client was blocked, 0 otherwise (unknown id included).
 * The reason is checked before the id, as Redis does. Redis: the "unblock" branch of
 * clientCommand() in networking.c.
 *
 * <p>A subcommand of the CLIENT container: {@link #create()} gives the instance to list among its
 * subcommands.
 */
public final class ClientUnblockCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("client|unblock", -3, CommandFlag.ADMIN,
                    CommandFlag.NOSCRIPT, CommandFlag.LOADING, CommandFlag.STALE)
            .group(CommandGroup.CONNECTION).since("5.0.0")
            .syntax("client-id [TIMEOUT | ERROR]")
            .summary("Unblock a client blocked in a blocking command from a different connection")
            .complexity("O(log N) where N is the number of client connections");

    static final RedisError BAD_REASON = new RedisError("ERR CLIENT UNBLOCK reason should be TIMEOUT or ERROR");
    static final RedisError SYNTAX = new RedisError(
            "ERR unknown subcommand or wrong number of arguments for 'unblock'. Try CLIENT HELP.");

    private ClientUnblockCommand() {}

    /** The CLIENT UNBLOCK subcommand, for the CLIENT container's list of subcommands. */
    public static ClientUnblockCommand create() {
        return new ClientUnblockCommand();
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        if (call.argc() > 4) {
            throw SYNTAX;
        }
        boolean withError = false;
        if (call.argc() == 4) {
            if (ByteStrings.equalsIgnoreCase(call.arg(3), "error")) {
                withError = true;
            } else if (!ByteStrings.equalsIgnoreCase(call.arg(3), "timeout")) {
                throw BAD_REASON;
            }
        }
        long id = call.longArg(2);
        return call.blocking().unblock(id, withError) || call.replication().waiting().unblock(id, withError)
                ? Reply.ONE : Reply.ZERO;
    }
}
