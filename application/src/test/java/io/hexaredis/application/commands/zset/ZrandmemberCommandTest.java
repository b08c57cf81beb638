package io.hexaredis.application.commands.zset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hexaredis.domain.command.Reply;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZrandmemberCommandTest {

    private final SortedSetHarness z = new SortedSetHarness().given("ZADD k 1 a 2 b 3 c 4 d 5 e");

    @Test
    void oneMemberWithoutACountAndNilForAMissingKey() {
        assertTrue(List.of("a", "b", "c", "d", "e").contains(z.text("ZRANDMEMBER", "k")));
        assertNull(z.text("ZRANDMEMBER", "missing"));
        assertEquals("[]", z.text("ZRANDMEMBER", "missing", "-3"));
    }

    @Test
    void aPositiveCountGivesDistinctMembersAndTheWholeSetFromTheTop() {
        for (int i = 0; i < 20; i++) {
            Reply r = z.run("ZRANDMEMBER", "k", "3");
            List<Reply> items = ((Reply.Array) r).items();
            assertEquals(3, items.size());
            assertEquals(3, new HashSet<>(List.of(z.h.text(items.get(0)), z.h.text(items.get(1)), z.h.text(items.get(2)))).size());
        }
        assertEquals("[e, d, c, b, a]", z.text("ZRANDMEMBER", "k", "10"));
        assertEquals("[e, 5, d, 4, c, 3, b, 2, a, 1]", z.text("ZRANDMEMBER", "k", "5", "WITHSCORES"));
    }

    @Test
    void aNegativeCountMayRepeat() {
        z.given("ZADD one 1 only");
        assertEquals("[only, only, only]", z.text("ZRANDMEMBER", "one", "-3"));
        assertEquals("[only, 1, only, 1]", z.text("ZRANDMEMBER", "one", "-2", "WITHSCORES"));
        assertEquals("[[only, (double) 1]]", SortedSetHarness.shape(z.resp3().run("ZRANDMEMBER", "one", "-1", "WITHSCORES")));
    }

    @Test
    void countErrorsComeBeforeTheKey() {
        z.given("SET str x");
        assertEquals("-ERR value is not an integer or out of range", z.text("ZRANDMEMBER", "missing", "x"));
        assertEquals("-ERR syntax error", z.text("ZRANDMEMBER", "missing", "1", "foo"));
        assertEquals("-ERR value is out of range", z.text("ZRANDMEMBER", "missing", "-4611686018427387904", "WITHSCORES"));
        assertEquals("-ERR value is out of range", z.text("ZRANDMEMBER", "k", "4611686018427387904", "WITHSCORES"));
        assertEquals("-ERR value is out of range, value must between -9223372036854775807 and 9223372036854775807",
                z.text("ZRANDMEMBER", "k", "-9223372036854775808"));
        assertEquals("-WRONGTYPE Operation against a key holding the wrong kind of value", z.text("ZRANDMEMBER", "str", "0"));
        assertEquals("[]", z.text("ZRANDMEMBER", "k", "0", "WITHSCORES"));
    }

    @Test
    void isReadOnlyAndNeverPropagated() {
        z.given("ZRANDMEMBER k -5");
        z.assertEffects();
    }
}
