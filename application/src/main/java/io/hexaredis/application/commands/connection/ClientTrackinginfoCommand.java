package io.hexaredis.application.commands.connection;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import java.util.List;

/**
 * CLIENT TRACKINGINFO
 *
 * <p>Redis: clientTrackingInfoCommand() in networking.c. A map of the connection's client-side
 * caching state: {@code flags} (a set), {@code redirect}, {@code prefixes}. Tracking is never on
 * in this server, so the answer is always Redis's answer for a connection that never enabled it.
 */
final class ClientTrackinginfoCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("client|trackinginfo", 2, CommandFlag.NOSCRIPT,
                    CommandFlag.LOADING, CommandFlag.STALE)
            .group(CommandGroup.CONNECTION).since("6.2.0")
            .summary("Return information about server assisted client side caching for the current connection");

    private static final Reply TRACKING_OFF = Reply.map(List.of(
            Reply.bulk("flags"), Reply.set(List.of(Reply.bulk("off"))),
            Reply.bulk("redirect"), Reply.integer(-1),
            Reply.bulk("prefixes"), Reply.EMPTY_ARRAY));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        return TRACKING_OFF;
    }
}
