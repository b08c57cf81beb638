package io.hexaredis.application.commands.pubsub;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * SPUBLISH shardchannel message
 *
 * <p>Redis: spublishCommand() in pubsub.c. On a single node a shard channel is a channel in its
 * own namespace: only SSUBSCRIBE subscribers receive it, as {@code smessage}.
 */
final class SpublishCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("spublish", 3, CommandFlag.PUBSUB, CommandFlag.LOADING,
            CommandFlag.STALE, CommandFlag.FAST, CommandFlag.MAY_REPLICATE)
            .keys(1, 1, 1).group(CommandGroup.PUBSUB).since("7.0.0").syntax("shardchannel message")
            .complexity("O(N) where N is the number of clients subscribed to the receiving shard channel.")
            .summary("Post a message to a shard channel");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        call.propagateToReplicas(); // subscribers of the replicas get the message too
        return Reply.integer(call.pubsub().publishShard(call.arg(1), call.arg(2)));
    }
}
