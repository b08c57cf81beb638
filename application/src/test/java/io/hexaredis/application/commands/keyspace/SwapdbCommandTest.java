package io.hexaredis.application.commands.keyspace;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.dispatch.Call;
import org.junit.jupiter.api.Test;

class SwapdbCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void clientsOfEitherDatabaseSeeTheOtherData() {
        Call first = h.newClient();
        Call second = h.newClient();
        h.runAs(first, "SET", "k", "zero");
        h.runAs(second, "SELECT", "1");
        h.runAs(second, "SET", "k", "one");
        h.runAs(second, "EXPIRE", "k", "100");
        h.clearRecords();
        assertEquals("OK", text(h.runAs(first, "SWAPDB", "0", "1")));
        assertEquals("one", text(h.runAs(first, "GET", "k")));
        assertEquals("100", text(h.runAs(first, "TTL", "k")));
        assertEquals("zero", text(h.runAs(second, "GET", "k")));
        h.assertEffects("SWAPDB 0 1");
    }

    @Test
    void swappingADatabaseWithItselfIsAllowedAndPropagated() {
        h.run("SET", "k", "v");
        h.clearRecords();
        assertEquals("OK", text(h.run("SWAPDB", "0", "0")));
        assertEquals("v", text(h.run("GET", "k")));
        h.assertEffects("SWAPDB 0 0");
    }

    @Test
    void eachIndexHasItsOwnErrorAndBothMustExist() {
        assertEquals("-ERR invalid first DB index", text(h.run("SWAPDB", "abc", "0")));
        assertEquals("-ERR invalid first DB index", text(h.run("SWAPDB", "2147483648", "0")));
        assertEquals("-ERR invalid second DB index", text(h.run("SWAPDB", "0", "x")));
        assertEquals("-ERR DB index is out of range", text(h.run("SWAPDB", "0", "16")));
        assertEquals("-ERR DB index is out of range", text(h.run("SWAPDB", "-1", "0")));
        h.assertEffects();
        assertNull(text(h.run("GET", "k")));
    }
}
