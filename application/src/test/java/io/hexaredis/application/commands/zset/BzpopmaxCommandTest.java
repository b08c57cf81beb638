package io.hexaredis.application.commands.zset;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.dispatch.Call;
import org.junit.jupiter.api.Test;

class BzpopmaxCommandTest {

    private final CommandHarness h = new CommandHarness();
    private final Call a = h.newClient();
    private final Call b = h.newClient();

    @Test
    void popsTheHighestAtOnceAndPropagatesZpopmax() {
        h.runAs(a, "ZADD", "z", "1", "a", "2", "b");
        assertEquals("[z, b, 2]", text(h.runAs(b, "BZPOPMAX", "z", "0")));
        h.assertEffects("ZADD z 1 a 2 b", "ZPOPMAX z");
    }

    @Test
    void aServedClientPopsTheHighestAndIsPropagatedAsZpopmax() {
        h.runAs(b, "BZPOPMAX", "x", "z", "0");
        h.runAs(a, "ZADD", "z", "1", "a", "2", "b");
        assertEquals("[[z, b, 2]]", BzpopminCommandTest.texts(b));
        h.assertEffects("ZADD z 1 a 2 b", "ZPOPMAX z");
    }
}
