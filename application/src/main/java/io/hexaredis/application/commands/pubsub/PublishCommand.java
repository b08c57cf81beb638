package io.hexaredis.application.commands.pubsub;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * PUBLISH channel message
 *
 * <p>Redis: publishCommand() in pubsub.c. Answers the number of clients that received the
 * message (channel subscribers plus matching pattern subscriptions).
 */
final class PublishCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("publish", 3, CommandFlag.PUBSUB, CommandFlag.LOADING,
            CommandFlag.STALE, CommandFlag.FAST, CommandFlag.MAY_REPLICATE)
            .group(CommandGroup.PUBSUB).since("2.0.0").syntax("channel message")
            .complexity("O(N+M) where N is the number of clients subscribed to the receiving channel and M is the total number of subscribed patterns (by any client).")
            .summary("Posts a message to a channel.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        call.propagateToReplicas(); // subscribers of the replicas get the message too
        return Reply.integer(call.pubsub().publish(call.arg(1), call.arg(2)));
    }
}
