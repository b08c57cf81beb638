package io.hexaredis.application.commands.string;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.domain.keyspace.KeyTable;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SetCommandTest {

    private static final long NOW = 1_700_000_000_000L;

    private final CommandHarness h = new CommandHarness();

    private long expireAt(String key) {
        return h.keyspace.db(0).expireAt(key.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void setsAndPropagatesTheRequestAsIs() {
        assertEquals("OK", text(h.run("SET", "k", "v")));
        assertEquals("v", text(h.run("GET", "k")));
        h.assertEffects("SET k v");
    }

    @Test
    void replacesAValueOfAnyType() {
        FakeList.storeIn(h, "l");
        assertEquals("OK", text(h.run("SET", "l", "v")));
        assertEquals("v", text(h.run("GET", "l")));
    }

    @Test
    void nxOnAnExistingKeyLeavesItRepliesNilAndPropagatesNothing() {
        h.run("SET", "k", "v");
        h.clearEffects();
        assertNull(text(h.run("SET", "k", "w", "NX")));
        assertEquals("v", text(h.run("GET", "k")));
        h.assertEffects();
    }

    @Test
    void nxOnAMissingKeySetsIt() {
        assertEquals("OK", text(h.run("SET", "k", "v", "nx")));
        h.assertEffects("SET k v nx");
    }

    @Test
    void xxOnlyReplacesExistingKeys() {
        assertNull(text(h.run("SET", "k", "v", "XX")));
        h.run("SET", "k", "v");
        assertEquals("OK", text(h.run("SET", "k", "w", "XX")));
        assertEquals("w", text(h.run("GET", "k")));
        h.assertEffects("SET k v", "SET k w XX");
    }

    @Test
    void exIsPropagatedAsAnAbsolutePxat() {
        assertEquals("OK", text(h.run("SET", "k", "v", "EX", "10")));
        assertEquals(NOW + 10_000, expireAt("k"));
        h.assertEffects("SET k v PXAT 1700000010000");
    }

    @Test
    void pxExatAndPxatAreAllPropagatedAsPxat() {
        h.run("SET", "a", "v", "PX", "1500");
        h.run("SET", "b", "v", "EXAT", "1800000000");
        h.run("SET", "c", "v", "PXAT", "1800000000123");
        h.assertEffects("SET a v PXAT 1700000001500", "SET b v PXAT 1800000000000", "SET c v PXAT 1800000000123");
    }

    @Test
    void theRewriteDropsNxXxAndGet() {
        h.run("SET", "k", "v", "NX", "GET", "EX", "10");
        h.assertEffects("SET k v PXAT 1700000010000");
    }

    @Test
    void theKeyExpiresWhenItsTimeComes() {
        h.run("SET", "k", "v", "EX", "10");
        h.clock.advance(9_999);
        assertEquals("v", text(h.run("GET", "k")));
        h.clock.advance(1);
        assertNull(text(h.run("GET", "k")));
    }

    @Test
    void anExpiryInThePastIsAcceptedAndTheKeyIsGoneAtOnce() {
        assertEquals("OK", text(h.run("SET", "k", "v", "EXAT", "1")));
        assertNull(text(h.run("GET", "k")));
        h.assertEffects("SET k v PXAT 1000", "DEL k");
    }

    @Test
    void aPlainSetRemovesTheTtl() {
        h.run("SET", "k", "v", "EX", "10");
        h.run("SET", "k", "w");
        assertEquals(KeyTable.NO_EXPIRY, expireAt("k"));
    }

    @Test
    void keepttlKeepsTheTtlAndReplaysAsIs() {
        h.run("SET", "k", "v", "EX", "10");
        h.clearEffects();
        assertEquals("OK", text(h.run("SET", "k", "w", "KEEPTTL")));
        assertEquals(NOW + 10_000, expireAt("k"));
        assertEquals("w", text(h.run("GET", "k")));
        h.assertEffects("SET k w KEEPTTL");
    }

    @Test
    void getAnswersTheOldValueAndIsNotPropagated() {
        assertNull(text(h.run("SET", "k", "v", "GET")));
        assertEquals("v", text(h.run("SET", "k", "w", "GET", "get", "XX")));
        assertEquals("w", text(h.run("GET", "k")));
        h.assertEffects("SET k v", "SET k w XX");
    }

    @Test
    void getWithNxOnAnExistingKeyAnswersTheValueAndSetsNothing() {
        h.run("SET", "k", "v");
        h.clearEffects();
        assertEquals("v", text(h.run("SET", "k", "w", "NX", "GET")));
        assertEquals("v", text(h.run("GET", "k")));
        h.assertEffects();
    }

    @Test
    void getOnAnotherTypeIsWrongtypeAndSetsNothing() {
        FakeList.storeIn(h, "l");
        assertEquals(FakeList.WRONGTYPE, text(h.run("SET", "l", "v", "GET")));
        assertEquals(FakeList.WRONGTYPE, text(h.run("GET", "l")));
        h.assertEffects();
    }

    @Test
    void theExpiryIsValidatedBeforeTheType() {
        FakeList.storeIn(h, "l");
        assertEquals("-ERR invalid expire time in 'set' command", text(h.run("SET", "l", "v", "GET", "EX", "0")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NX XX", "XX NX", "EX 10 PX 10", "PX 10 EXAT 10", "EXAT 10 PXAT 10", "PXAT 10 EX 10",
        "KEEPTTL EX 1", "EX 1 KEEPTTL", "EX", "PXAT", "foo", "PERSIST", "EX 10 bad", "bad EX -1", "GET EX"})
    void invalidOptionCombinationsAreSyntaxErrors(String options) {
        assertEquals("-ERR syntax error", text(h.run(("SET k v " + options).split(" "))));
        assertNull(text(h.run("GET", "k")));
    }

    @Test
    void repeatingAnOptionIsAllowedAndTheLastExpiryWins() {
        assertEquals("OK", text(h.run("SET", "k", "v", "EX", "10", "ex", "20")));
        assertNull(text(h.run("SET", "k", "w", "NX", "NX")));
        h.assertEffects("SET k v PXAT 1700000020000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"EX 0", "EX -1", "PX 0", "EXAT 0", "PXAT -1", "PX 9223372036854775807",
        "EX 9223372036854775", "EX 9223372036854776"})
    void nonPositiveOrOverflowingExpiriesAreInvalid(String options) {
        assertEquals("-ERR invalid expire time in 'set' command", text(h.run(("SET k v " + options).split(" "))));
        h.assertEffects();
    }

    @Test
    void theLargestExpiryThatFitsIsAccepted() {
        assertEquals("OK", text(h.run("SET", "k", "v", "EXAT", "9223372036854775")));
        h.assertEffects("SET k v PXAT 9223372036854775000");
    }

    @Test
    void aNonIntegerExpiryIsNotAnInteger() {
        assertEquals("-ERR value is not an integer or out of range", text(h.run("SET", "k", "v", "EX", "abc")));
        assertEquals("-ERR value is not an integer or out of range", text(h.run("SET", "k", "v", "PX", "1.5")));
    }
}
