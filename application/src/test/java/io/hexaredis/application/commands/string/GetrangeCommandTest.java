package io.hexaredis.application.commands.string;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GetrangeCommandTest {

    private final CommandHarness h = new CommandHarness();

    @BeforeEach
    void helloWorld() {
        h.run("SET", "k", "hello world");
    }

    @Test
    void answersTheInclusiveRangeWithNegativeIndexesFromTheEnd() {
        assertEquals("hello", text(h.run("GETRANGE", "k", "0", "4")));
        assertEquals("world", text(h.run("GETRANGE", "k", "-5", "-1")));
        assertEquals("hello world", text(h.run("GETRANGE", "k", "-100", "100")));
        assertEquals("", text(h.run("GETRANGE", "k", "5", "3")));
        assertEquals("", text(h.run("GETRANGE", "k", "-12", "-13")));
    }

    @Test
    void aMissingKeyIsAnEmptyStringNotNil() {
        assertEquals("", text(h.run("GETRANGE", "missing", "0", "-1")));
    }

    @Test
    void indexesMustBeIntegersEvenForAMissingKey() {
        assertEquals("-ERR value is not an integer or out of range", text(h.run("GETRANGE", "missing", "x", "1")));
        assertEquals("-ERR value is not an integer or out of range", text(h.run("GETRANGE", "k", "0", "1.5")));
    }

    @Test
    void anotherTypeIsWrongtype() {
        FakeList.storeIn(h, "l");
        assertEquals(FakeList.WRONGTYPE, text(h.run("GETRANGE", "l", "0", "1")));
    }
}
