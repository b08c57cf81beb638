package io.hexaredis.application.commands.string;

import static io.hexaredis.application.CommandHarness.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.domain.command.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LcsCommandTest {

    private final CommandHarness h = new CommandHarness();

    @BeforeEach
    void twoStrings() {
        h.run("MSET", "key1", "ohmytext", "key2", "mynewtext");
    }

    private static String map(Reply reply) {
        return text(Reply.array(((Reply.MapReply) reply).keysAndValues()));
    }

    @Test
    void answersTheSubsequenceOrItsLength() {
        assertEquals("mytext", text(h.run("LCS", "key1", "key2")));
        assertEquals("6", text(h.run("LCS", "key1", "key2", "LEN")));
    }

    @Test
    void idxAnswersTheMatchingRangesAndTheLength() {
        assertEquals("[matches, [[[4, 7], [5, 8]], [[2, 3], [0, 1]]], len, 6]",
                map(h.run("LCS", "key1", "key2", "IDX")));
    }

    @Test
    void minmatchlenAndWithmatchlenFilterAndAnnotateRanges() {
        assertEquals("[matches, [[[4, 7], [5, 8], 4]], len, 6]",
                map(h.run("LCS", "key1", "key2", "idx", "minmatchlen", "4", "withmatchlen")));
        assertEquals("[matches, [[[4, 7], [5, 8]], [[2, 3], [0, 1]]], len, 6]",
                map(h.run("LCS", "key1", "key2", "MINMATCHLEN", "-5", "IDX")));
    }

    @Test
    void missingKeysAreEmptyStrings() {
        assertEquals("", text(h.run("LCS", "nope1", "nope2")));
        assertEquals("[matches, [], len, 0]", map(h.run("LCS", "key1", "nope", "IDX")));
    }

    @Test
    void theTypesAreCheckedBeforeTheOptions() {
        FakeList.storeIn(h, "l");
        assertEquals("-ERR The specified keys must contain string values", text(h.run("LCS", "key1", "l")));
        assertEquals("-ERR The specified keys must contain string values", text(h.run("LCS", "l", "key1", "foo")));
    }

    @Test
    void badOptionsAreRefused() {
        assertEquals("-ERR syntax error", text(h.run("LCS", "key1", "key2", "foo")));
        assertEquals("-ERR syntax error", text(h.run("LCS", "key1", "key2", "MINMATCHLEN")));
        assertEquals("-ERR value is not an integer or out of range",
                text(h.run("LCS", "key1", "key2", "MINMATCHLEN", "x")));
        assertEquals("-ERR If you want both the length and indexes, please just use IDX.",
                text(h.run("LCS", "key1", "key2", "LEN", "IDX")));
    }

    @Test
    void theTableMayNotExceedProtoMaxBulkLen() {
        h.config.set("proto-max-bulk-len", "1mb");
        h.run("SET", "a", "a".repeat(600));
        h.run("SET", "b", "a".repeat(500));
        assertEquals("-ERR Insufficient memory, transient memory for LCS exceeds proto-max-bulk-len",
                text(h.run("LCS", "a", "b", "LEN")));
    }
}
