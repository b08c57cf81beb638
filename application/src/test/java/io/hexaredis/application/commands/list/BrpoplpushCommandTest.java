package io.hexaredis.application.commands.list;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.dispatch.Call;
import org.junit.jupiter.api.Test;

class BrpoplpushCommandTest {

    private final CommandHarness h = new CommandHarness();
    private final Call a = h.newClient();
    private final Call b = h.newClient();

    @Test
    void isPropagatedAsRpoplpushAtOnceAndWhenServed() {
        h.runAs(a, "RPUSH", "src", "1", "2");
        assertEquals("2", text(h.runAs(b, "BRPOPLPUSH", "src", "dst", "0")));
        assertEquals("1", text(h.runAs(b, "BRPOPLPUSH", "src", "dst", "0")));
        h.runAs(b, "BRPOPLPUSH", "src", "dst", "0");
        h.runAs(a, "LPUSH", "src", "3");
        assertEquals("[3]", BlpopCommandTest.texts(b));
        assertEquals("[3, 1, 2]", text(h.runAs(a, "LRANGE", "dst", "0", "-1")));
        h.assertEffects("RPUSH src 1 2", "RPOPLPUSH src dst", "RPOPLPUSH src dst", "LPUSH src 3", "RPOPLPUSH src dst");
    }
}
