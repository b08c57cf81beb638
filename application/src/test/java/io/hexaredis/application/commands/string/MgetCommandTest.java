package io.hexaredis.application.commands.string;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;

class MgetCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void answersEachKeyInOrderWithNilForMissingKeysAndOtherTypes() {
        h.run("MSET", "a", "1", "b", "2");
        FakeList.storeIn(h, "l");
        assertEquals("[1, null, 2, null, 1]", text(h.run("MGET", "a", "missing", "b", "l", "a")));
    }

    @Test
    void isNotPropagated() {
        h.run("MGET", "a");
        h.assertEffects();
    }
}
