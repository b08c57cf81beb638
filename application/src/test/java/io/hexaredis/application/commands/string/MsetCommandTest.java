package io.hexaredis.application.commands.string;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.domain.keyspace.KeyTable;
import org.junit.jupiter.api.Test;

class MsetCommandTest {

    private final CommandHarness h = new CommandHarness();

    @Test
    void setsEveryPairAndPropagatesAsIs() {
        assertEquals("OK", text(h.run("MSET", "a", "1", "b", "2")));
        assertEquals("[1, 2]", text(h.run("MGET", "a", "b")));
        h.assertEffects("MSET a 1 b 2");
    }

    @Test
    void aKeyGivenTwiceEndsWithItsLastValue() {
        h.run("MSET", "a", "1", "a", "2");
        assertEquals("2", text(h.run("GET", "a")));
    }

    @Test
    void replacesOtherTypesAndDropsTtls() {
        FakeList.storeIn(h, "l");
        h.run("SET", "t", "v", "EX", "10");
        h.run("MSET", "l", "1", "t", "2");
        assertEquals("[1, 2]", text(h.run("MGET", "l", "t")));
        assertEquals(KeyTable.NO_EXPIRY, h.keyspace.db(0).expireAt("t".getBytes()));
    }

    @Test
    void anOddNumberOfArgumentsIsAnArityError() {
        assertEquals("-ERR wrong number of arguments for 'mset' command", text(h.run("MSET", "a", "1", "b")));
        assertEquals("-ERR wrong number of arguments for 'mset' command", text(h.run("MSET", "a")));
        h.assertEffects();
    }

    @Test
    void anExpiredKeyIsReportedExpiredBeforeItIsSet() {
        h.run("SET", "a", "old", "PX", "10");
        h.clock.advance(10);
        h.clearRecords();
        h.run("MSET", "a", "1", "b", "2");
        h.assertNotifications("expired a", "set a", "set b");
        h.assertEffects("DEL a", "MSET a 1 b 2");
    }
}
