package io.hexaredis.application.commands.pubsub;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.application.pubsub.PubSub;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;

/**
 * SUBSCRIBE, PSUBSCRIBE, SSUBSCRIBE and their UNSUBSCRIBE forms: one class, parameterised by the
 * kind of subscription and the direction, as pubsub.c shares its subscribe/unsubscribe functions.
 *
 * <p>Each name gets its own confirmation frame ({@code subscribe}, channel, count of this client's
 * subscriptions), sent as separate replies: that is why the command itself answers nothing more.
 * An UNSUBSCRIBE without names leaves every subscription of its kind.
 */
final class SubscribeGeneric implements Command<Call> {

    private final CommandSpec spec;
    private final PubSub.Kind kind;
    private final boolean subscribe;

    private SubscribeGeneric(CommandSpec spec, PubSub.Kind kind, boolean subscribe) {
        this.spec = spec;
        this.kind = kind;
        this.subscribe = subscribe;
    }

    /** SUBSCRIBE channel [channel ...]: Redis's subscribeCommand(). */
    static SubscribeGeneric subscribe() {
        return new SubscribeGeneric(spec("subscribe", -2, "channel [channel ...]", "2.0.0",
                "Listens for messages published to channels."), PubSub.Kind.CHANNEL, true);
    }

    /** UNSUBSCRIBE [channel [channel ...]]: Redis's unsubscribeCommand(). */
    static SubscribeGeneric unsubscribe() {
        return new SubscribeGeneric(spec("unsubscribe", -1, "[channel [channel ...]]", "2.0.0",
                "Stops listening to messages posted to channels."), PubSub.Kind.CHANNEL, false);
    }

    /** PSUBSCRIBE pattern [pattern ...]: Redis's psubscribeCommand(). */
    static SubscribeGeneric psubscribe() {
        return new SubscribeGeneric(spec("psubscribe", -2, "pattern [pattern ...]", "2.0.0",
                "Listens for messages published to channels that match one or more patterns."), PubSub.Kind.PATTERN, true);
    }

    /** PUNSUBSCRIBE [pattern [pattern ...]]: Redis's punsubscribeCommand(). */
    static SubscribeGeneric punsubscribe() {
        return new SubscribeGeneric(spec("punsubscribe", -1, "[pattern [pattern ...]]", "2.0.0",
                "Stops listening to messages published to channels that match one or more patterns."),
                PubSub.Kind.PATTERN, false);
    }

    /** SSUBSCRIBE shardchannel [shardchannel ...]: Redis's ssubscribeCommand(). */
    static SubscribeGeneric ssubscribe() {
        return new SubscribeGeneric(spec("ssubscribe", -2, "shardchannel [shardchannel ...]", "7.0.0",
                "Listens for messages published to shard channels.").keys(1, -1, 1), PubSub.Kind.SHARD, true);
    }

    /** SUNSUBSCRIBE [shardchannel [shardchannel ...]]: Redis's sunsubscribeCommand(). */
    static SubscribeGeneric sunsubscribe() {
        return new SubscribeGeneric(spec("sunsubscribe", -1, "[shardchannel [shardchannel ...]]", "7.0.0",
                "Stops listening to messages posted to shard channels.").keys(1, -1, 1), PubSub.Kind.SHARD, false);
    }

    private static CommandSpec spec(String name, int arity, String syntax, String since, String summary) {
        return CommandSpec.of(name, arity, CommandFlag.PUBSUB, CommandFlag.NOSCRIPT, CommandFlag.LOADING,
                CommandFlag.STALE).group(CommandGroup.PUBSUB).syntax(syntax).since(since).summary(summary)
                .complexity("O(N) where N is the number of channels to subscribe to.");
    }

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public Reply execute(Call call) {
        PubSub pubsub = call.pubsub();
        if (!subscribe && call.argc() == 1) {
            pubsub.unsubscribeAll(call.session(), kind);
            return Reply.NONE;
        }
        for (int i = 1; i < call.argc(); i++) {
            if (subscribe) {
                pubsub.subscribe(call.session(), kind, call.arg(i));
            } else {
                pubsub.unsubscribe(call.session(), kind, call.arg(i));
            }
        }
        return Reply.NONE;
    }
}
