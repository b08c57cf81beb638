package io.hexaredis.application.commands.string;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.domain.keyspace.KeyTable;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GetexCommandTest {

    private static final long NOW = 1_700_000_000_000L;

    private final CommandHarness h = new CommandHarness();

    @BeforeEach
    void aStringWithoutTtl() {
        h.run("SET", "k", "v");
        h.clearEffects();
    }

    private long expireAt(String key) {
        return h.keyspace.db(0).expireAt(key.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void withoutOptionsItIsAGetAndPropagatesNothing() {
        assertEquals("v", text(h.run("GETEX", "k")));
        assertNull(text(h.run("GETEX", "missing")));
        h.assertEffects();
    }

    @Test
    void exAndPxArePropagatedAsAbsolutePexpireat() {
        assertEquals("v", text(h.run("GETEX", "k", "EX", "100")));
        assertEquals(NOW + 100_000, expireAt("k"));
        assertEquals("v", text(h.run("GETEX", "k", "px", "1500")));
        h.assertEffects("PEXPIREAT k 1700000100000", "PEXPIREAT k 1700000001500");
    }

    @Test
    void exatAndPxatInTheFutureSetThatTime() {
        h.run("GETEX", "k", "EXAT", "1800000000");
        h.run("GETEX", "k", "PXAT", "1800000000123");
        assertEquals(1_800_000_000_123L, expireAt("k"));
        h.assertEffects("PEXPIREAT k 1800000000000", "PEXPIREAT k 1800000000123");
    }

    @Test
    void anAbsoluteTimeInThePastAnswersTheValueThenDeletesTheKey() {
        assertEquals("v", text(h.run("GETEX", "k", "EXAT", "1")));
        assertNull(text(h.run("GET", "k")));
        h.assertEffects("DEL k");
    }

    @Test
    void persistRemovesTheTtlOnlyWhenThereIsOne() {
        h.run("GETEX", "k", "EX", "100");
        h.clearEffects();
        assertEquals("v", text(h.run("GETEX", "k", "PERSIST")));
        assertEquals(KeyTable.NO_EXPIRY, expireAt("k"));
        assertEquals("v", text(h.run("GETEX", "k", "PERSIST")));
        h.assertEffects("PERSIST k");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "NX", "XX", "KEEPTTL", "EX", "EX 10 PX 10", "PERSIST EX 10", "EX 10 PERSIST",
        "foo"})
    void setOptionsAndConflictingOptionsAreSyntaxErrors(String options) {
        assertEquals("-ERR syntax error", text(h.run(("GETEX k " + options).split(" "))));
    }

    @Test
    void anInvalidExpiryIsAnError() {
        assertEquals("-ERR invalid expire time in 'getex' command", text(h.run("GETEX", "k", "EX", "0")));
        assertEquals("-ERR invalid expire time in 'getex' command",
                text(h.run("GETEX", "k", "EXAT", "9223372036854776")));
        assertEquals("-ERR invalid expire time in 'getex' command",
                text(h.run("GETEX", "k", "PX", "9223372036854775807")));
        assertEquals("-ERR value is not an integer or out of range", text(h.run("GETEX", "k", "EX", "abc")));
        h.assertEffects();
    }

    @Test
    void aMissingKeyAnswersNilBeforeTheExpiryIsChecked() {
        assertNull(text(h.run("GETEX", "missing", "EX", "-5")));
        assertNull(text(h.run("GETEX", "missing", "EX", "abc")));
        assertEquals("-ERR syntax error", text(h.run("GETEX", "missing", "foo")));
    }

    @Test
    void anotherTypeIsWrongtypeBeforeTheExpiryIsChecked() {
        FakeList.storeIn(h, "l");
        assertEquals(FakeList.WRONGTYPE, text(h.run("GETEX", "l")));
        assertEquals(FakeList.WRONGTYPE, text(h.run("GETEX", "l", "EX", "-5")));
    }

    @Test
    void onAReplicaAPastTimeIsSetRatherThanDeleting() {
        h.keyspace.setMasterControlsExpiry(true);
        assertEquals("v", text(h.run("GETEX", "k", "PXAT", "1000")));
        h.assertEffects("PEXPIREAT k 1000");
    }
}
