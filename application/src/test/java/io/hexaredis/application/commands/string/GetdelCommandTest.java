package io.hexaredis.application.commands.string;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;

class GetdelCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void answersTheValueDeletesTheKeyAndPropagatesDel() {
        h.run("SET", "k", "v");
        h.clearEffects();
        assertEquals("v", text(h.run("GETDEL", "k")));
        assertNull(text(h.run("GET", "k")));
        h.assertEffects("DEL k");
    }

    @Test
    void aMissingKeyIsNilAndNothingIsPropagated() {
        assertNull(text(h.run("GETDEL", "k")));
        h.assertEffects();
    }

    @Test
    void anotherTypeIsWrongtypeAndNotDeleted() {
        FakeList.storeIn(h, "l");
        assertEquals(FakeList.WRONGTYPE, text(h.run("GETDEL", "l")));
        assertEquals(1, h.keyspace.db(0).size());
        h.assertEffects();
    }
}
