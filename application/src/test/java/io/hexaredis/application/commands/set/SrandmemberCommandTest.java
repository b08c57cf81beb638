package io.hexaredis.application.commands.set;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.ReplyText;
import io.hexaredis.domain.command.Reply;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SrandmemberCommandTest {

    private final CommandHarness h = new CommandHarness();

    private String run(String... words) {
        return ReplyText.of(h.run(words));
    }

    private List<Reply> items(String... words) {
        return ((Reply.Array) h.run(words)).items();
    }

    @Test
    void withoutACountRepliesOneMemberOrNilAndChangesNothing() {
        run("SADD", "s", "only");
        h.clearEffects();
        assertEquals("\"only\"", run("SRANDMEMBER", "s"));
        assertEquals("(nil)", run("SRANDMEMBER", "missing"));
        assertEquals("(integer) 1", run("SCARD", "s"));
        h.assertEffects();
    }

    @Test
    void aPositiveCountGivesDistinctMembersUpToTheWholeSet() {
        run("SADD", "s", "a", "b", "c", "d");
        Set<String> seen = new HashSet<>();
        items("SRANDMEMBER", "s", "3").forEach(r -> seen.add(ReplyText.of(r)));
        assertEquals(3, seen.size());
        assertEquals(4, items("SRANDMEMBER", "s", "100").size());
    }

    @Test
    void aNegativeCountGivesExactlyThatManyAsAnArrayEvenInResp3() {
        run("SADD", "s", "7");
        h.newClient().session().setProtocol(3);
        assertEquals("1) \"7\" 2) \"7\" 3) \"7\"", run("SRANDMEMBER", "s", "-3"));
    }

    @Test
    void zeroOrAMissingKeyIsAnEmptyArray() {
        run("SADD", "s", "1");
        assertEquals("(empty array)", run("SRANDMEMBER", "s", "0"));
        assertEquals("(empty array)", run("SRANDMEMBER", "missing", "5"));
    }

    @Test
    void refusesBadCountsAndExtraWords() {
        run("SET", "k", "x");
        run("SADD", "s", "1");
        assertEquals("(error) ERR syntax error", run("SRANDMEMBER", "s", "1", "2"));
        assertEquals("(error) ERR value is not an integer or out of range", run("SRANDMEMBER", "s", "x"));
        assertEquals("(error) ERR value is out of range, value must between -9223372036854775807 and 9223372036854775807",
                run("SRANDMEMBER", "s", "-9223372036854775808"));
        assertEquals("(error) WRONGTYPE Operation against a key holding the wrong kind of value", run("SRANDMEMBER", "k", "0"));
        assertEquals("(error) ERR value is out of range", run("SRANDMEMBER", "s", "-9223372036854775807"));
    }
}
