package io.hexaredis.application.commands.set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.hexaredis.application.CommandHarness;
import io.hexaredis.application.ReplyText;
import io.hexaredis.domain.command.Reply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpopCommandTest {

    private final CommandHarness h = new CommandHarness();

    private String run(String... words) {
        return ReplyText.of(h.run(words));
    }

    @Test
    void popsOneMemberAndPropagatesItAsSrem() {
        run("SADD", "s", "a", "b");
        h.clearEffects();
        String popped = run("SPOP", "s");
        String member = popped.replace("\"", "");
        assertEquals("(integer) 0", run("SISMEMBER", "s", member));
        assertEquals("(integer) 1", run("SCARD", "s"));
        h.assertEffects("SREM s " + member);
        assertEquals("(nil)", run("SPOP", "missing"));
    }

    @Test
    void popsSeveralAsASetAndPropagatesOneSremEachInOneTransaction() {
        run("SADD", "s", "1", "2", "3", "4", "5");
        h.clearEffects();
        Reply reply = h.run("SPOP", "s", "3");
        assertInstanceOf(Reply.SetReply.class, reply);
        List<String> expected = new ArrayList<>();
        expected.add("MULTI");
        for (Reply item : ((Reply.SetReply) reply).items()) {
            String member = ReplyText.of(item).replace("\"", "");
            expected.add("SREM s " + member);
            assertEquals("(integer) 0", run("SISMEMBER", "s", member));
        }
        expected.add("EXEC");
        assertEquals(5, expected.size());
        assertEquals("(integer) 2", run("SCARD", "s"));
        assertEquals(expected, h.effectLines());
    }

    @Test
    void insideATransactionTheSremsJoinItsBlock() {
        run("SADD", "s", "1", "2", "3");
        h.clearEffects();
        run("MULTI");
        run("SPOP", "s", "2");
        run("SET", "k", "v");
        run("EXEC");
        List<String> lines = h.effectLines();
        assertEquals(5, lines.size(), lines.toString());
        assertEquals("MULTI", lines.get(0));
        assertEquals(true, lines.get(1).startsWith("SREM s ") && lines.get(2).startsWith("SREM s "), lines.toString());
        assertEquals("SET k v", lines.get(3));
        assertEquals("EXEC", lines.get(4));
    }

    @Test
    void aCountCoveringTheWholeSetDeletesItAndPropagatesDel() {
        run("SADD", "s", "1", "2");
        h.clearEffects();
        assertEquals("1~ \"1\" 2~ \"2\"", run("SPOP", "s", "5"));
        assertEquals("(integer) 0", run("SCARD", "s"));
        h.assertEffects("DEL s");
    }

    @Test
    void zeroOrAMissingKeyIsAnEmptySetAndChangesNothing() {
        run("SADD", "s", "1");
        h.clearEffects();
        assertEquals("(empty set)", run("SPOP", "s", "0"));
        assertEquals("(empty set)", run("SPOP", "missing", "2"));
        h.assertEffects();
    }

    @Test
    void theCountMustBeANonNegativeIntegerAndIsCheckedBeforeTheKey() {
        run("SET", "k", "x");
        assertEquals("(error) ERR value is out of range, must be positive", run("SPOP", "k", "-1"));
        assertEquals("(error) ERR value is out of range, must be positive", run("SPOP", "k", "x"));
        assertEquals("(error) ERR syntax error", run("SPOP", "k", "1", "2"));
        assertEquals("(error) WRONGTYPE Operation against a key holding the wrong kind of value", run("SPOP", "k", "1"));
        assertEquals("(error) WRONGTYPE Operation against a key holding the wrong kind of value", run("SPOP", "k"));
    }

    @Test
    void notifiesSpopThenDelWhenTheSetIsGone() {
        h.run("SADD", "s", "1", "2", "3", "4");
        h.clearRecords();
        h.run("SPOP", "s");
        h.run("SPOP", "s", "2");
        h.run("SPOP", "s", "0");
        h.run("SPOP", "s");
        h.run("SADD", "t", "1", "2");
        h.run("SPOP", "t", "2");
        assertEquals(List.of("spop s", "spop s", "spop s", "del s", "sadd t", "spop t", "del t"), h.notifications);
    }
}
