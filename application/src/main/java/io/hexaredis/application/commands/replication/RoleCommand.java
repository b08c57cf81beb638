package io.hexaredis.application.commands.replication;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * ROLE
 *
 * <p>Redis: roleCommand() in replication.c. A master answers {@code master}, its replication
 * offset, and for each online replica its address, listening port and acknowledged offset (those
 * two as bulk strings); a replica answers {@code slave}, its master's host and port, the state of
 * the link (none, connect, connecting, handshake, sync, connected) and the offset it applied (-1
 * before the first synchronization).
 */
final class RoleCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("role", 1, CommandFlag.NOSCRIPT, CommandFlag.LOADING,
                    CommandFlag.STALE, CommandFlag.FAST)
            .group(CommandGroup.SERVER).summary("Return the role of the instance in the context of replication")
            .complexity("O(1)").since("2.8.12");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return call.replication().role();
    }
}
