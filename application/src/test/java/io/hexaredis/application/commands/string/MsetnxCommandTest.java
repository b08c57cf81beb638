package io.hexaredis.application.commands.string;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;

class MsetnxCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void setsAllPairsWhenNoKeyExists() {
        assertEquals("1", text(h.run("MSETNX", "a", "1", "b", "2")));
        assertEquals("[1, 2]", text(h.run("MGET", "a", "b")));
        h.assertEffects("MSETNX a 1 b 2");
    }

    @Test
    void setsNothingWhenAnyKeyExistsWhateverItsType() {
        h.run("SET", "a", "1");
        FakeList.storeIn(h, "l");
        h.clearEffects();
        assertEquals("0", text(h.run("MSETNX", "c", "3", "a", "x")));
        assertEquals("0", text(h.run("MSETNX", "c", "3", "l", "x")));
        assertEquals("[1, null]", text(h.run("MGET", "a", "c")));
        h.assertEffects();
    }

    @Test
    void theSameKeyTwiceIsSetToItsLastValue() {
        assertEquals("1", text(h.run("MSETNX", "e", "1", "e", "2")));
        assertEquals("2", text(h.run("GET", "e")));
    }

    @Test
    void anOddNumberOfArgumentsIsAnArityError() {
        assertEquals("-ERR wrong number of arguments for 'msetnx' command", text(h.run("MSETNX", "a", "1", "b")));
    }
}
