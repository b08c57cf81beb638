package io.hexaredis.application.commands.string;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IncrCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void aMissingKeyCountsFromZeroAndTheRequestIsPropagated() {
        assertEquals("1", text(h.run("INCR", "c")));
        assertEquals("2", text(h.run("INCR", "c")));
        assertEquals("2", text(h.run("GET", "c")));
        h.assertEffects("INCR c", "INCR c");
    }

    @Test
    void theTtlIsKept() {
        h.run("SET", "c", "1", "EX", "10");
        h.run("INCR", "c");
        assertEquals(1_700_000_010_000L, h.keyspace.db(0).expireAt("c".getBytes()));
    }

    @ParameterizedTest
    @ValueSource(strings = {" 1", "01", "-0", "1.0", "abc", "", "9223372036854775808"})
    void onlyTheCanonicalTextOfAnIntegerCanBeIncremented(String value) {
        h.run("SET", "c", value);
        h.clearEffects();
        assertEquals("-ERR value is not an integer or out of range", text(h.run("INCR", "c")));
        h.assertEffects();
    }

    @Test
    void theLargestIntegerCannotBeIncremented() {
        h.run("SET", "c", "9223372036854775807");
        assertEquals("-ERR increment or decrement would overflow", text(h.run("INCR", "c")));
        assertEquals("9223372036854775807", text(h.run("GET", "c")));
    }

    @Test
    void anotherTypeIsWrongtype() {
        FakeList.storeIn(h, "l");
        assertEquals(FakeList.WRONGTYPE, text(h.run("INCR", "l")));
    }
}
