package io.hexaredis.application.pubsub;

import static io.hexaredis.application.CommandHarness.sent;
import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;


import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.dispatch.Call;
import org.junit.jupiter.api.Test;

class PubSubTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void publishCountsChannelAndPatternReceivers() {
        Call sub = h.newClient();
        Call psub = h.newClient();
        h.runAs(sub, "SUBSCRIBE", "news");
        h.runAs(psub, "PSUBSCRIBE", "n?ws");
        Call pub = h.newClient();
        assertEquals("2", text(h.runAs(pub, "PUBLISH", "news", "hi")));
        assertEquals("[message, news, hi]", text(sent(sub).get(1)));
        assertEquals("[pmessage, n?ws, news, hi]", text(sent(psub).get(1)));
    }

    @Test
    void aDisconnectedSubscriberReceivesNothingMore() {
        Call sub = h.newClient();
        h.runAs(sub, "SUBSCRIBE", "c");
        h.dispatcher.clearClientState(sub.session());
        assertEquals("0", text(h.run("PUBLISH", "c", "m")));
        assertEquals(0, h.pubsub.channelCount());
    }

    @Test
    void keyspaceNotificationsFollowTheConfiguredClasses() {
        Call sub = h.newClient();
        h.runAs(sub, "PSUBSCRIBE", "__key*__:*");
        h.config.set("notify-keyspace-events", "Kg");
        Call writer = h.newClient();
        h.runAs(writer, "SET", "k", "v");
        assertEquals(1, sent(sub).size(), "string events are not enabled");
        h.config.set("notify-keyspace-events", "KE$");
        h.runAs(writer, "SET", "k", "v");
        assertEquals("[pmessage, __key*__:*, __keyspace@0__:k, set]", text(sent(sub).get(1)));
        assertEquals("[pmessage, __key*__:*, __keyevent@0__:set, k]", text(sent(sub).get(2)));
    }

    @Test
    void notifyKeyspaceEventsIsNormalizedAsRedisShowsIt() {
        h.config.set("notify-keyspace-events", "EKgx$lshzet");
        assertEquals("g$lshzxetKE", h.config.get("notify-keyspace-events"), "A needs every class, d included");
        h.config.set("notify-keyspace-events", "Elg");
        assertEquals("glE", h.config.get("notify-keyspace-events"));
    }
}
