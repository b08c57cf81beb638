package io.hexaredis.application.commands.connection;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.server.ClientSession;
import org.junit.jupiter.api.Test;

class ClientNoEvictCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void onAndOffSetTheEFlag() {
        ClientSession s = h.server.clients().all().iterator().next();
        assertEquals("OK", text(h.run("CLIENT", "NO-EVICT", "ON")));
        assertTrue(s.noEvict());
        assertEquals("e", s.flags());
        assertEquals("OK", text(h.run("CLIENT", "NO-EVICT", "off")));
        assertFalse(s.noEvict());
        assertEquals("N", s.flags());
    }

    @Test
    void otherValuesAreASyntaxError() {
        assertEquals("-ERR syntax error", text(h.run("CLIENT", "NO-EVICT", "yes")));
    }
}
