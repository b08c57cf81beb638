package io.hexaredis.application.commands.pubsub;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import java.util.List;

/** The pubsub group (pubsub.c), in the order of Redis's command table. */
public final class PubSubCommands {

    private PubSubCommands() {}

    public static List<Command<Call>> all() {
        return List.of(SubscribeGeneric.psubscribe(), new PublishCommand(), PubsubCommand.container(),
                SubscribeGeneric.punsubscribe(), new SpublishCommand(), SubscribeGeneric.ssubscribe(),
                SubscribeGeneric.subscribe(), SubscribeGeneric.sunsubscribe(), SubscribeGeneric.unsubscribe());
    }
}
