package io.hexaredis.application.commands.pubsub;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.application.dispatch.ContainerCommand;
import io.hexaredis.application.pubsub.PubSub;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * PUBSUB CHANNELS [pattern] | NUMSUB [channel ...] | NUMPAT | SHARDCHANNELS [pattern] |
 * SHARDNUMSUB [shardchannel ...] | HELP
 *
 * <p>Redis: pubsubCommand() in pubsub.c: introspection of the subscriptions.
 */
final class PubsubCommand {

    private PubsubCommand() {}

    static ContainerCommand container() {
        return new ContainerCommand(CommandSpec.of("pubsub", -2).group(CommandGroup.PUBSUB).since("2.8.0")
                .summary("A container for Pub/Sub commands."), List.of(
                sub("pubsub|channels", -2, "[pattern]", "Returns the active channels.",
                        call -> channels(call, PubSub.Kind.CHANNEL)),
                sub("pubsub|numsub", -2, "[channel [channel ...]]",
                        "Returns a count of subscribers to channels.", call -> numsub(call, PubSub.Kind.CHANNEL)),
                sub("pubsub|numpat", 2, "", "Returns a count of unique pattern subscriptions.",
                        call -> Reply.integer(call.pubsub().patternCount())),
                sub("pubsub|shardchannels", -2, "[pattern]", "Returns the active shard channels.",
                        call -> channels(call, PubSub.Kind.SHARD)),
                sub("pubsub|shardnumsub", -2, "[shardchannel [shardchannel ...]]",
                        "Returns the count of subscribers of shard channels.", call -> numsub(call, PubSub.Kind.SHARD)),
                sub("pubsub|help", 2, "", "Returns helpful text about the different subcommands.",
                        call -> help())));
    }

    private static Reply channels(Call call, PubSub.Kind kind) {
        if (call.argc() > 3) {
            return Reply.error("ERR wrong number of arguments for '" + (kind == PubSub.Kind.SHARD
                    ? "pubsub|shardchannels" : "pubsub|channels") + "' command");
        }
        byte[] pattern = call.argc() == 3 ? call.arg(2) : null;
        List<Reply> names = new ArrayList<>();
        for (byte[] c : call.pubsub().activeChannels(kind, pattern)) {
            names.add(Reply.bulk(c));
        }
        return Reply.array(names);
    }

    private static Reply numsub(Call call, PubSub.Kind kind) {
        List<Reply> out = new ArrayList<>();
        for (int i = 2; i < call.argc(); i++) {
            out.add(Reply.bulk(call.arg(i)));
            out.add(Reply.integer(call.pubsub().subscriberCount(kind, call.arg(i))));
        }
        return Reply.map(out);
    }

    private static Reply help() {
        String[] lines = {
            "PUBSUB <subcommand> [<arg> [value] [opt] ...]. Subcommands are:",
            "CHANNELS [<pattern>]",
            "    Return the currently active channels matching a <pattern> (default: '*').",
            "NUMPAT",
            "    Return number of subscriptions to patterns.",
            "NUMSUB [<channel> ...]",
            "    Return the number of subscribers for the specified channels, excluding",
            "    pattern subscriptions(default: no channels).",
            "SHARDCHANNELS [<pattern>]",
            "    Return the currently active shard level channels matching a <pattern> (default: '*').",
            "SHARDNUMSUB [<shardchannel> ...]",
            "    Return the number of subscribers for the specified shard level channel(s)",
            "HELP",
            "    Print this help."};
        List<Reply> out = new ArrayList<>();
        for (String l : lines) {
            out.add(Reply.status(l));
        }
        return Reply.array(out);
    }

    private static Command<Call> sub(String name, int arity, String syntax, String summary, Function<Call, Reply> body) {
        CommandSpec spec = CommandSpec.of(name, arity, CommandFlag.PUBSUB, CommandFlag.LOADING, CommandFlag.STALE)
                .group(CommandGroup.PUBSUB).syntax(syntax).summary(summary).since("2.8.0");
        return new Command<>() {
            @Override
            public CommandSpec spec() {
                return spec;
            }

            @Override
            public Reply execute(Call call) {
                return body.apply(call);
            }
        };
    }
}
