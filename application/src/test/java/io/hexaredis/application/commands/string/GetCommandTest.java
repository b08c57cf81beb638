package io.hexaredis.application.commands.string;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;

class GetCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void aMissingKeyIsNil() {
        assertNull(text(h.run("GET", "nope")));
    }

    @Test
    void returnsWhatSetStoredAndPropagatesOnlyTheWrite() {
        h.run("SET", "k", "v");
        assertEquals("v", text(h.run("GET", "k")));
        h.assertEffects("SET k v");
    }

    @Test
    void aKeyOfAnotherTypeIsWrongtype() {
        FakeList.storeIn(h, "l");
        assertEquals(FakeList.WRONGTYPE, text(h.run("GET", "l")));
    }

    @Test
    void anExpiredKeyIsNilAndItsDeletionIsPropagated() {
        h.run("SET", "k", "v", "PX", "100");
        h.clearEffects();
        h.clock.advance(100);
        assertNull(text(h.run("GET", "k")));
        h.assertEffects("DEL k");
    }
}
