package io.hexaredis.application.commands.connection;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.domain.command.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Client-side caching is never enabled here: its three inspection commands say so as Redis 7.0 does. */
class ClientTrackinginfoCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void trackingIsOffWithoutRedirectOrPrefixes() {
        Reply.MapReply info = (Reply.MapReply) h.run("CLIENT", "TRACKINGINFO");
        assertEquals(List.of("flags", "[off]", "redirect", "-1", "prefixes", "[]"), info.keysAndValues().stream()
                .map(r -> r instanceof Reply.SetReply s ? s.items().stream().map(CommandHarness::text).toList().toString()
                        : text(r))
                .toList());
    }

    @Test
    void getredirIsMinusOne() {
        assertEquals("-1", text(h.run("CLIENT", "GETREDIR")));
    }

    @Test
    void cachingNeedsTrackingMode() {
        assertEquals("-ERR CLIENT CACHING can be called only when the client is in tracking mode with OPTIN or "
                + "OPTOUT mode enabled", text(h.run("CLIENT", "CACHING", "yes")));
    }
}
